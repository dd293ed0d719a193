using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Cli.Report;
using EmpathyLint.Engine;
using EmpathyLint.Journeys;
using EmpathyLint.Personas;

using System.CommandLine;
using EmpathyLint.Cli.CommandLine;

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
    public static int Run(ReportOptions options, TextWriter output, TextWriter error)
    {
        if (!ConfigOption.TryLoad(options.ConfigPath, options.Paths[0], error, out var configuration)) return ExitCodes.Usage;
        var project = ProjectDocuments.Read(options.Paths, configuration);
        var findings = Scanning.Scanner.Scan(project.Files, configuration, resourceFolders: options.Paths);
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

    public static CliCommand Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to read (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write (default empathylint-report.html).", HelpName = "file" };
        var config = ConfigOption.Create();
        var command = new CliCommand("report", "One self-contained HTML report: findings, persona matrix, data inventory, rules.") { paths, config, output };
        command.Examples.Add(("empathylint report src -o report.html", "One self-contained HTML report: findings, persona matrix, data inventory, rules."));
        command.ExitCodes = "0 done, 2 usage or configuration error";
        command.SetAction(parse =>
        {
            var options = new ReportOptions { ConfigPath = parse.GetValue(config) };
            options.Paths.AddRange(parse.GetValue(paths) ?? System.Array.Empty<string>());
            if (options.Paths.Count == 0) options.Paths.Add(".");
            if (parse.GetValue(output) is { } o) options.Output = o;
            return Run(options, context.Output, context.Error);
        });
        return command;
    }
}
