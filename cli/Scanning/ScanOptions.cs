using System.Collections.Generic;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Scanning;

/// <summary>One requested report: a format and the file it goes to (null: standard output).</summary>
public sealed record ReportTarget(string Format, string? OutputPath);

/// <summary>Everything a scan was asked to do, as parsed from the command line; the scan itself never sees arguments.</summary>
public sealed record ScanOptions
{
    /// <summary>Files, folders or globs to scan; "-" is standard input.</summary>
    public IReadOnlyList<string> Paths { get; init; } = new[] { "." };

    public IReadOnlyList<ReportTarget> Reports { get; init; } = new[] { new ReportTarget("text", null) };

    /// <summary>Exit 1 when a finding at or above this severity is reported; null never fails on severity.</summary>
    public Severity? FailOn { get; init; } = Severity.Warning;

    /// <summary>Exit 1 when more warnings than this are reported (eslint's --max-warnings); null: no limit.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>Report errors only.</summary>
    public bool Quiet { get; init; }

    /// <summary>--config: the project config to use instead of the one found from the first scanned path up.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The name standard input is linted as (its extension picks the parser); required with "-".</summary>
    public string? StdinFilename { get; init; }
}
