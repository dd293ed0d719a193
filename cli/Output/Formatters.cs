using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

public static class Formatters
{
    public static readonly string[] Names = { "text", "json" };

    // Source-generated metadata with readable escaping: apostrophes and accents stay as written.
    private static readonly CliJsonContext ReadableJson = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(string format, TextWriter output, IReadOnlyList<Finding> findings, int filesScanned)
    {
        switch (format)
        {
            case "json":
                WriteJson(output, findings, filesScanned);
                break;
            default:
                WriteText(output, findings, filesScanned);
                break;
        }
    }

    /// <summary>Compiler style, so editors and CI problem matchers pick the lines up: <c>path(line,col): warning EL1001: message</c>.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<Finding> findings, int filesScanned)
    {
        foreach (var f in findings)
        {
            output.WriteLine($"{f.Path}({f.Span.StartLine},{f.Span.StartColumn}): {f.Severity.ToName()} {f.RuleId}: {f.Message}");
        }
        output.WriteLine(Summary(findings, filesScanned));
    }

    public static string Summary(IReadOnlyList<Finding> findings, int filesScanned)
    {
        var files = filesScanned == 1 ? "1 file" : $"{filesScanned} files";
        if (findings.Count == 0) return $"No findings in {files} scanned.";
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        var total = findings.Count == 1 ? "1 finding" : $"{findings.Count} findings";
        return $"{total} ({errors} errors, {warnings} warnings, {infos} info) in {files} scanned.";
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<Finding> findings, int filesScanned)
    {
        var report = new JsonReport(
            new JsonTool("empathylint", ToolInfo.Version),
            filesScanned,
            findings.Select(f => new JsonFinding(f.RuleId, f.Severity.ToName(), f.Path, f.Span.StartLine, f.Span.StartColumn, f.Span.EndLine, f.Span.EndColumn, f.Message, f.Concept,
                f.RelatedLocations.Select(r => new JsonLocation(r.Path, r.Span.StartLine, r.Span.StartColumn, r.Span.EndLine, r.Span.EndColumn, r.Role)).ToList())).ToList());
        output.WriteLine(JsonSerializer.Serialize(report, ReadableJson.JsonReport));
    }
}
