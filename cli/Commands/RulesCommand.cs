using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary><c>empathylint rules</c>: every rule with its severity in the active configuration; <c>rules test</c> runs a rule set's test folder.</summary>
public static class RulesCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && args[0] == "test") return RulesTestCommand.Run(args.Skip(1).ToArray(), output, error);
        var (configPath, _) = CommandArgs.ConfigAndOne(args, "rules", positional: null);
        if (!ConfigOption.TryLoad(configPath, ".", error, out var configuration)) return ExitCodes.Usage;
        WriteTable(output, configuration);
        return ExitCodes.Clean;
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

internal static class CommandArgs
{
    public static string Value(string[] args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"option '{option}' needs a value");
        return args[++i];
    }

    /// <summary>
    /// The arguments of 'rules', 'explain' and 'rules test': an optional '--config FILE' and at most one positional
    /// argument (none when <paramref name="positional"/> is null).
    /// </summary>
    public static (string? ConfigPath, string? Positional) ConfigAndOne(string[] args, string command, string? positional)
    {
        string? configPath = null;
        string? value = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--config":
                case "-c":
                    configPath = Value(args, ref i);
                    break;
                default:
                    if (positional is null) throw new UsageException($"unknown argument '{args[i]}' for '{command}' (try 'empathylint --help')");
                    if (args[i].StartsWith('-')) throw new UsageException($"unknown option '{args[i]}' for '{command}'");
                    if (value is not null) throw new UsageException($"'{command}' takes one {positional}");
                    value = args[i];
                    break;
            }
        }
        return (configPath, value);
    }
}
