using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EmpathyLint.Cli.Output;

// The shape other tools read; keep it stable.
public sealed record JsonReport(
    [property: JsonPropertyName("tool")] JsonTool Tool,
    [property: JsonPropertyName("filesScanned")] int FilesScanned,
    [property: JsonPropertyName("findings")] IReadOnlyList<JsonFinding> Findings);

public sealed record JsonTool(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version);

public sealed record JsonFinding(
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("endLine")] int EndLine,
    [property: JsonPropertyName("endColumn")] int EndColumn,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("concept")] string? Concept,
    [property: JsonPropertyName("relatedLocations")] IReadOnlyList<JsonLocation> RelatedLocations);

/// <summary>Another place of the same question (the bound model member, a form control).</summary>
public sealed record JsonLocation(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("endLine")] int EndLine,
    [property: JsonPropertyName("endColumn")] int EndColumn,
    [property: JsonPropertyName("role")] string Role);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
