using System.IO;

namespace EmpathyLint.Cli.Output;

/// <summary>The report formats of <c>scan --format</c>.</summary>
public static class Formatters
{
    public static readonly string[] Names = { "text", "msbuild", "github", "sarif", "json" };

    public static void Write(string format, TextWriter output, ScanReport report)
    {
        switch (format)
        {
            case "json": JsonFormatter.Write(output, report); break;
            case "sarif": SarifFormatter.Write(output, report); break;
            case "msbuild": MsBuildFormatter.Write(output, report); break;
            case "github": GitHubFormatter.Write(output, report); break;
            default: TextFormatter.Write(output, report); break;
        }
    }

    /// <summary>The closing line of text and msbuild output: counts per severity and files.</summary>
    public static string Summary(ScanReport report)
    {
        var files = report.FilesScanned == 1 ? "1 file" : $"{report.FilesScanned} files";
        var findings = report.Findings;
        var baselined = report.Baselined == 0 ? "" : $"; {report.Baselined} more in the baseline";
        if (findings.Count == 0) return $"No findings in {files} scanned{baselined}.";
        var total = findings.Count == 1 ? "1 finding" : $"{findings.Count} findings";
        return $"{total} ({report.Count(Model.Severity.Error)} errors, {report.Count(Model.Severity.Warning)} warnings, {report.Count(Model.Severity.Info)} info) in {files} scanned{baselined}.";
    }
}
