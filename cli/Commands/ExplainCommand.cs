using System;
using System.IO;
using System.Linq;
using System.CommandLine;
using EmpathyLint.Catalog;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary><c>empathylint explain EL1001</c>: why the rule exists, its sources, options and examples, as the catalog says.</summary>
public static class ExplainCommand
{
    public static CliCommand Create(CliContext context)
    {
        var ruleId = new Argument<string>("rule-id") { HelpName = "rule-id", Description = "The rule to explain, for example EL1001." };
        var config = ConfigOption.Create();
        var command = new CliCommand("explain", "Why a rule exists: rationale, sources, options and examples.") { ruleId, config };
        command.Examples.Add(("empathylint explain EL1001", "Why binary gender questions are reported, and how to fix them"));
        command.ExitCodes = "0 explained, 2 unknown rule, usage or configuration error";
        ruleId.CompletionSources.Add(_ => EmpathyLint.Catalog.RuleCatalog.Default.Rules.Select(r => r.Id));
        command.SetAction(parse => Run(parse.GetRequiredValue(ruleId), parse.GetValue(config), context.Output, context.Error));
        return command;
    }

    public static int Run(string id, string? configPath, TextWriter output, TextWriter error)
    {
        if (!ConfigOption.TryLoad(configPath, ".", error, out var configuration)) return ExitCodes.Usage;
        var rule = configuration.Catalog.Find(id);
        if (rule is null)
        {
            return Program.UsageError(error, $"unknown rule '{id}'{Suggestions.DidYouMean(id, configuration.Catalog.Rules.Select(r => r.Id))}; run 'empathylint rules' for the list");
        }
        Write(output, rule, configuration);
        return ExitCodes.Clean;
    }

    public static void Write(TextWriter output, RuleDescriptor rule, LintConfiguration configuration)
    {
        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine();
        output.WriteLine($"  Category:  {RuleCategories.Title(rule.Category)}");
        var active = configuration.SeverityOf(rule.Id);
        var severity = active == rule.DefaultSeverity ? active.ToName() : $"{active.ToName()} (catalog default: {rule.DefaultSeverity.ToName()})";
        output.WriteLine($"  Severity:  {severity}{(rule.NeedsReview ? ", needs review (a declared purpose quiets it)" : "")}");
        output.WriteLine($"  Runs on:   {string.Join(", ", rule.Engines)}");
        output.WriteLine($"  Message:   {rule.Message}");
        output.WriteLine($"  Docs:      {rule.HelpUri}");
        Section(output, "Why");
        Indented(output, rule.Rationale);
        if (rule.Options.Count > 0)
        {
            Section(output, "Options");
            foreach (var option in rule.Options)
            {
                var value = configuration.Option(rule.Id, option.Name) ?? "";
                var current = value == option.Default ? $"default {option.Default}" : $"set to {value}, default {option.Default}";
                output.WriteLine($"  {option.Name} ({option.Type}, {current})");
                Indented(output, option.Description, 4);
            }
        }
        if (rule.Sources.Count > 0)
        {
            Section(output, "Sources");
            foreach (var source in rule.Sources)
            {
                output.WriteLine($"  - {source.Title}");
                if (source.Url.Length > 0) output.WriteLine($"    {source.Url}");
                if (source.Says.Length > 0) Indented(output, source.Says, 4);
            }
        }
        Examples(output, "Incorrect", rule.Incorrect);
        Examples(output, "Correct", rule.Correct);
        Section(output, "Silencing it");
        output.WriteLine($"  Fix the form, declare a purpose, or: <!-- empathylint-disable-next-line {rule.Id} -- the reason -->");
    }

    private static void Examples(TextWriter output, string heading, System.Collections.Generic.List<RuleExample> examples)
    {
        if (examples.Count == 0) return;
        Section(output, heading);
        foreach (var example in examples)
        {
            if (!string.IsNullOrWhiteSpace(example.Note)) Indented(output, example.Note!);
            output.WriteLine($"  ({example.Language})");
            foreach (var line in example.Code.TrimEnd().Split('\n')) output.WriteLine("    " + line.TrimEnd('\r'));
            output.WriteLine();
        }
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
    }

    private static void Indented(TextWriter output, string text, int indent = 2)
    {
        foreach (var line in text.Trim().Split('\n')) output.WriteLine(line.Trim().Length == 0 ? "" : new string(' ', indent) + line.TrimEnd('\r'));
    }
}
