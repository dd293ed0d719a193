using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Cli.Report;
using EmpathyLint.Engine;
using EmpathyLint.Journeys;
using EmpathyLint.Personas;

namespace EmpathyLint.Cli.Commands;

public sealed class ReportOptions
{
    public List<string> Paths { get; } = new();
    public string Output { get; set; } = "empathylint-report.html";
    public string? ConfigPath { get; set; }
}

/// <summary><c>empathylint report</c>: the self-contained HTML report for researchers.</summary>
public static class ReportCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(Parse(args), output, error);

    public static int Run(ReportOptions options, TextWriter output, TextWriter error)
    {
        if (!ConfigOption.TryLoad(options.ConfigPath, options.Paths[0], error, out var configuration)) return ExitCodes.Usage;
        var project = ProjectDocuments.Read(options.Paths, configuration);
        var findings = ScanCommand.Scan(project.Files, configuration, resourceFolders: options.Paths);
        findings.AddRange(JourneyLinter.Lint(project.Documents, configuration));
        findings.Sort();
        var matrices = JourneyMatrices.Build(project, configuration);
        foreach (var problem in matrices.SelectMany(JourneyMatrices.EmptySteps)) error.WriteLine("empathylint: " + problem);
        var inventory = DataInventory.Build(project.Documents, configuration.Vocabulary);
        var html = HtmlReport.Render(findings, matrices, inventory, configuration.Catalog, project.Files.Count);
        try
        {
            File.WriteAllText(options.Output, html, new System.Text.UTF8Encoding(false));
        }
        catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            throw new UsageException($"{options.Output}: the report could not be written: {ex.Message}");
        }
        output.WriteLine($"Wrote {options.Output} ({html.Length / 1024} K characters): {findings.Count} findings, {inventory.Count} personal-data questions, {matrices.Count} journey(s).");
        return ExitCodes.Clean;
    }

    public static ReportOptions Parse(string[] args)
    {
        var options = new ReportOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o":
                case "--output":
                case "--config":
                case "-c":
                    if (i + 1 >= args.Length) throw new UsageException($"option '{args[i]}' needs a value");
                    if (args[i] is "-o" or "--output") options.Output = args[++i];
                    else options.ConfigPath = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("-", System.StringComparison.Ordinal) && args[i].Length > 1) throw new UsageException($"unknown option '{args[i]}' (try 'empathylint --help')");
                    options.Paths.Add(args[i]);
                    break;
            }
        }
        if (options.Paths.Count == 0) options.Paths.Add(".");
        return options;
    }
}
