using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary><c>empathylint rules</c>: every rule with its severity in the active configuration; <c>rules test</c> runs a rule set's test folder.</summary>
public static class RulesCommand
{
    public static CliCommand Create(CliContext context)
    {
        var config = ConfigOption.Create();
        var command = new CliCommand("rules", "List every rule with its severity in the active configuration.")
        {
            config,
            RulesTestCommand.Create(context),
        };
        command.Examples.Add(("empathylint rules", "The rules and severities of the config found from here up"));
        command.Examples.Add(("empathylint rules --config strict.yaml", "The same for another config file"));
        command.ExitCodes = "0 listed, 2 usage or configuration error";
        command.SetAction(parse =>
        {
            if (!ConfigOption.TryLoad(parse.GetValue(config), ".", context.Error, out var configuration)) return ExitCodes.Usage;
            WriteTable(context.Output, configuration);
            return ExitCodes.Clean;
        });
        return command;
    }

    public static void WriteTable(TextWriter output, LintConfiguration configuration)
    {
        var rows = new List<string[]> { new[] { "ID", "TITLE", "CATEGORY", "SEVERITY", "TIER" } };
        foreach (var rule in configuration.Catalog.Rules)
        {
            rows.Add(new[] { rule.Id, rule.Title, rule.Category, configuration.SeverityOf(rule.Id).ToName(), rule.NeedsReview ? "review" : "-" });
        }
        var widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
        var on = configuration.Catalog.Rules.Count(r => configuration.SeverityOf(r.Id) != Severity.Off);
        var source = configuration.SourcePath is null ? "built-in defaults (recommended)" : PathDisplay.Relative(configuration.SourcePath);
        output.WriteLine($"{configuration.Catalog.Rules.Count} rules, {on} on; configuration: {source}");
    }
}
