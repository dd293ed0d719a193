using System.IO;
using System.Linq;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

/// <summary>
/// eslint's "stylish" layout: a header per file, then <c>line:col  severity  message  ruleId</c> in aligned columns,
/// and a summary. The message is not padded: ours are long, and a column of spaces helps nobody. ANSI colour only when <see cref="ScanReport.Colour"/> says so.
/// </summary>
public static class TextFormatter
{
    private const string Reset = "\u001b[0m", Underline = "\u001b[4m", Dim = "\u001b[2m", Red = "\u001b[31m", Yellow = "\u001b[33m", Blue = "\u001b[34m", Bold = "\u001b[1m";

    public static void Write(TextWriter output, ScanReport report)
    {
        var colour = report.Colour;
        foreach (var file in report.Findings.GroupBy(f => f.Path))
        {
            var findings = file.ToList();
            output.WriteLine(colour ? Underline + file.Key + Reset : file.Key);
            var where = findings.Select(f => $"{f.Span.StartLine}:{f.Span.StartColumn}").ToList();
            var whereWidth = where.Max(w => w.Length);
            var severityWidth = findings.Max(f => f.Severity.ToName().Length);
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                var severity = f.Severity.ToName().PadRight(severityWidth);
                if (colour) severity = SeverityColour(f.Severity) + severity + Reset;
                var position = where[i].PadRight(whereWidth);
                var rule = colour ? Dim + f.RuleId + Reset : f.RuleId;
                output.WriteLine($"  {(colour ? Dim + position + Reset : position)}  {severity}  {f.Message}  {rule}".TrimEnd());
            }
            output.WriteLine();
        }
        var summary = Formatters.Summary(report);
        output.WriteLine(colour && report.Findings.Count > 0 ? Bold + SeverityColour(report.Findings.Max(f => f.Severity)) + summary + Reset : summary);
    }

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Blue,
    };
}
