using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Cli.Scanning;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary>
/// <c>empathylint baseline create|update|prune [paths...]</c>: records today's findings in empathylint.baseline.json so
/// a legacy app can adopt EmpathyLint and fail only on new problems; scan and the build read the same file.
/// </summary>
public static class BaselineCommand
{
    public static CliCommand Create(CliContext context)
    {
        var command = new CliCommand("baseline", "Accept today's findings in empathylint.baseline.json, so scan and the build report only new ones.")
        {
            Sub(context, "create", "Write a baseline of every current finding (refuses to replace one without --force).", BaselineAction.Create),
            Sub(context, "update", "Rewrite the baseline with the current findings: new ones are accepted, fixed ones dropped.", BaselineAction.Update),
            Sub(context, "prune", "Drop the entries whose findings are fixed; never accepts new findings.", BaselineAction.Prune),
        };
        command.Examples.Add(("empathylint baseline create", "Adopt EmpathyLint on an existing app: accept what is there today"));
        command.Examples.Add(("empathylint baseline prune", "After fixing some findings, shrink the baseline (commit the result)"));
        command.ExitCodes = "0 written, 2 usage or configuration error";
        return command;
    }

    private enum BaselineAction
    {
        Create,
        Update,
        Prune,
    }

    private static CliCommand Sub(CliContext context, string name, string description, BaselineAction action)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to scan (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<string>("--baseline") { Description = $"The baseline file (default: {Baseline.FileName} in the current folder).", HelpName = "file" };
        var config = ConfigOption.Create();
        var force = new Option<bool>("--force") { Description = "Replace an existing baseline (create only)." };
        var command = new CliCommand(name, description) { paths, file, config };
        if (action == BaselineAction.Create) command.Add(force);
        command.Examples.Add(($"empathylint baseline {name} src", description));
        command.ExitCodes = "0 written, 2 usage or configuration error";
        command.SetAction(parse =>
        {
            var options = new ScanOptions
            {
                Paths = parse.GetValue(paths) is { Length: > 0 } given ? given : new[] { "." },
                ConfigPath = parse.GetValue(config),
                UseBaseline = false,
            };
            var target = Path.GetFullPath(parse.GetValue(file) ?? Path.Combine(context.WorkingDirectory, Baseline.FileName));
            return Run(action, options, target, action == BaselineAction.Create && parse.GetValue(force), context);
        });
        return command;
    }

    private static int Run(BaselineAction action, ScanOptions options, string target, bool force, CliContext context)
    {
        var exists = File.Exists(target);
        if (action == BaselineAction.Create && exists && !force)
        {
            throw new UsageException($"{PathDisplay.Relative(target)} already exists; use 'empathylint baseline update' (or create --force)");
        }
        if (action != BaselineAction.Create && !exists)
        {
            throw new UsageException($"{PathDisplay.Relative(target)}: no baseline to {action.ToString().ToLowerInvariant()}; run 'empathylint baseline create' first");
        }
        var scan = ScanCommand.ScanOnly(options, context);
        if (scan is null) return ExitCodes.Usage;
        var directory = Path.GetDirectoryName(target)!;
        Baseline written;
        if (action == BaselineAction.Prune)
        {
            var old = BaselineFile.Load(target);
            written = old.Prune(scan.Value.Findings);
            context.Output.WriteLine($"Pruned {PathDisplay.Relative(target)}: {Count(old)} accepted findings before, {Count(written)} now.");
        }
        else
        {
            written = Baseline.FromFindings(directory, scan.Value.Findings);
            context.Output.WriteLine($"Wrote {PathDisplay.Relative(target)}: {Count(written)} accepted findings in {written.Entries.Select(e => e.Path).Distinct().Count()} files.");
        }
        InitCommand.WriteAtomically(target, written.ToJson());
        return ExitCodes.Clean;
    }

    private static int Count(Baseline baseline) => baseline.Entries.Sum(e => e.Count);
}

/// <summary>Reads a baseline file for the CLI, turning unreadable or malformed files into one-line usage errors.</summary>
public static class BaselineFile
{
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{PathDisplay.Relative(path)}: cannot read the baseline: {ex.Message}");
        }
        try
        {
            return Baseline.Parse(text, path);
        }
        catch (EmpathyLint.Yaml.YamlProblem ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
