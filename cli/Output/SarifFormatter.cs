using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EmpathyLint.Catalog;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0: the catalog's rules as <c>tool.driver.rules</c>, each finding a result with its rule index, region,
/// related locations, a line-independent partial fingerprint, in-source suppressions with their reason, and the
/// question's concept and purpose. Written with <see cref="Utf8JsonWriter"/>: no reflection, so it trims and AOT-compiles.
/// </summary>
public static class SarifFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(TextWriter output, ScanReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report.Catalog);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Directory.GetCurrentDirectory().TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in report.All) WriteResult(json, finding, report.Catalog);
            json.WriteEndArray();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteStartObject("properties");
            json.WriteNumber("filesScanned", report.FilesScanned);
            json.WriteNumber("baselined", report.Baselined);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, RuleCatalog catalog)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "EmpathyLint");
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", "https://github.com/empathylint/empathylint");
        json.WriteStartArray("rules");
        foreach (var rule in catalog.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalName(rule.Slug.Length > 0 ? rule.Slug : rule.Id));
            Message(json, "shortDescription", rule.Title);
            Message(json, "fullDescription", OneParagraph(rule.Rationale.Length > 0 ? rule.Rationale : rule.Title));
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", rule.DefaultSeverity != Severity.Off);
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteString("tier", rule.NeedsReview ? "review" : "rule");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, RuleCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        var index = IndexOf(catalog, finding.RuleId);
        if (index >= 0) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        Message(json, "message", finding.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, finding.Path, finding.Span, id: null, role: null);
        json.WriteEndArray();
        // The question's other places: the bound model member, the form controls.
        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < finding.RelatedLocations.Count; i++)
        {
            var related = finding.RelatedLocations[i];
            WriteLocation(json, related.Path, related.Span, id: i + 1, role: related.Role);
        }
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(Fingerprint.SarifKey, Fingerprint.Of(finding));
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", suppression.Reason ?? "");
            json.WriteStartObject("properties");
            json.WriteString("directive", suppression.Directive);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        if (finding.Concept is not null) json.WriteString("concept", finding.Concept);
        if (finding.Purpose is not null) json.WriteString("purpose", finding.Purpose);
        json.WriteString("tier", finding.NeedsReview ? "review" : "rule");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, Text.SourceSpan span, int? id, string? role)
    {
        json.WriteStartObject();
        if (id is { } number) json.WriteNumber("id", number);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriOf(path));
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, span.StartLine));
        json.WriteNumber("startColumn", Math.Max(1, span.StartColumn));
        json.WriteNumber("endLine", Math.Max(Math.Max(1, span.StartLine), span.EndLine));
        json.WriteNumber("endColumn", Math.Max(1, span.EndColumn));
        json.WriteEndObject();
        json.WriteEndObject();
        if (role is not null) Message(json, "message", role);
        json.WriteEndObject();
    }

    private static int IndexOf(RuleCatalog catalog, string id)
    {
        for (var i = 0; i < catalog.Rules.Count; i++)
        {
            if (string.Equals(catalog.Rules[i].Id, id, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A relative path as a URI reference: '/' separators, each segment escaped.</summary>
    private static string UriOf(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++) segments[i] = Uri.EscapeDataString(segments[i]);
        return string.Join("/", segments);
    }

    private static string PascalName(string slug)
    {
        var sb = new StringBuilder(slug.Length);
        var upper = true;
        foreach (var c in slug)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return sb.ToString();
    }

    private static string OneParagraph(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
