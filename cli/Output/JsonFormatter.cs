using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

/// <summary>The tool's own JSON: one object per finding, with its help link, tier and fingerprint.</summary>
public static class JsonFormatter
{
    // Source-generated metadata with readable escaping: apostrophes and accents stay as written.
    private static readonly CliJsonContext ReadableJson = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(TextWriter output, ScanReport report)
    {
        var json = new JsonReport(
            new JsonTool("empathylint", ToolInfo.Version),
            report.FilesScanned,
            report.Baselined,
            report.Findings.Select(f => new JsonFinding(
                f.RuleId, f.Severity.ToName(), f.Path, f.Span.StartLine, f.Span.StartColumn, f.Span.EndLine, f.Span.EndColumn, f.Message, f.Concept,
                report.Catalog.Find(f.RuleId)?.HelpUri, Tier(f),
                f.RelatedLocations.Select(r => new JsonLocation(r.Path, r.Span.StartLine, r.Span.StartColumn, r.Span.EndLine, r.Span.EndColumn, r.Role)).ToList(),
                Fingerprint.Of(f))).ToList());
        output.WriteLine(JsonSerializer.Serialize(json, ReadableJson.JsonReport));
    }

    /// <summary>"review" for heuristic findings a person should check, else "rule".</summary>
    public static string Tier(Finding finding) => finding.NeedsReview ? "review" : "rule";
}
