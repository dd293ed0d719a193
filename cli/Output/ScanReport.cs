using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

/// <summary>What a scan found, as every format reports it.</summary>
public sealed class ScanReport
{
    public ScanReport(IReadOnlyList<Finding> findings, int filesScanned, RuleCatalog catalog)
    {
        All = findings;
        FilesScanned = filesScanned;
        Catalog = catalog;
    }

    /// <summary>Every finding, including those suppressed in source (SARIF lists those with their reason).</summary>
    public IReadOnlyList<Finding> All { get; }

    /// <summary>The findings to show and count: not suppressed in source.</summary>
    public IReadOnlyList<Finding> Findings => _shown ??= All.Where(f => f.Suppression is null).ToList();
    private IReadOnlyList<Finding>? _shown;

    public int FilesScanned { get; }
    public RuleCatalog Catalog { get; }

    /// <summary>Findings the baseline accepted (not shown).</summary>
    public int Baselined { get; init; }

    /// <summary>Text output may use ANSI colour (a terminal, no NO_COLOR).</summary>
    public bool Colour { get; init; }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
