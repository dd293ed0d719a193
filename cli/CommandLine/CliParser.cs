using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using EmpathyLint.Cli.Commands;

namespace EmpathyLint.Cli.CommandLine;

/// <summary>
/// The command tree and how a command line runs through it. Each command declares its options and its action in its
/// own class (<c>XxxCommand.Create()</c>) and is listed in <see cref="CreateRoot"/>; parsing, help, response files
/// (<c>@file.rsp</c>), the completion directive (<c>[suggest]</c>) and <c>--</c> come from System.CommandLine.
/// </summary>
public static class CliParser
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("EmpathyLint: finds non-inclusive questions and unnecessary personal data requests in HTML, Razor and C# forms.");
        root.HelpName = "empathylint";
        root.Add(ScanCommand.Create(context));
        root.Add(RulesCommand.Create(context));
        root.Add(ExplainCommand.Create(context));
        root.Add(InitCommand.Create(context));
        root.Add(CompletionCommand.Create(context));
        // 'empathylint' alone prints the overview and exits 2, as a usage error.
        root.SetAction(parse =>
        {
            root.Parse(new[] { "--help" }, ParserConfiguration).Invoke(parse.InvocationConfiguration);
            return ExitCodes.Usage;
        });
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help }) option.Action = new HelpWithExamplesAction(help);
        }
        return root;
    }

    public static ParserConfiguration ParserConfiguration { get; } = new();

    /// <summary>Parses and runs <paramref name="args"/>; a parse error is one line on <paramref name="error"/> and exit 2.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var error = context.Error;
        var root = CreateRoot(context);
        var parse = root.Parse(args, ParserConfiguration);
        if (parse.Action is ParseErrorAction)
        {
            var command = parse.CommandResult.Command;
            var name = command is RootCommand ? "empathylint" : CommandPath(command);
            error.WriteLine($"empathylint: {FirstLine(parse.Errors[0].Message)} (try '{name} --help')");
            return ExitCodes.Usage;
        }
        var invocation = new InvocationConfiguration { Output = context.Output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(invocation);
        }
        catch (UsageException ex)
        {
            return Program.UsageError(error, ex.Message);
        }
        catch (EmpathyLint.Yaml.YamlProblem ex)
        {
            return Program.UsageError(error, ex.Message);
        }
    }

    /// <summary>The library's message on one line (it lists accepted values on lines of their own).</summary>
    private static string FirstLine(string message) =>
        string.Join(" ", message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)).TrimEnd('.');

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is not null and not RootCommand; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Insert(0, symbol.Name);
        }
        return "empathylint " + string.Join(" ", names);
    }

}

/// <summary>The library's help for a command, followed by the command's examples and what its exit codes mean.</summary>
internal sealed class HelpWithExamplesAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help;

    public HelpWithExamplesAction(HelpAction help) => _help = help;

    public override int Invoke(ParseResult parseResult)
    {
        _help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command as CliCommand;
        if (command is { Examples.Count: > 0 })
        {
            output.WriteLine("Examples:");
            foreach (var (commandLine, says) in command.Examples)
            {
                output.WriteLine("  " + commandLine);
                output.WriteLine("      " + says);
            }
            output.WriteLine();
        }
        output.WriteLine("Exit codes:");
        output.WriteLine("  " + (command?.ExitCodes ?? "0 success, 1 findings (scan) or mismatches (rules test), 2 usage or configuration error"));
        output.WriteLine();
        return ExitCodes.Clean;
    }
}

/// <summary>What a command's action reads and writes: standard input (for '-'), output, error and the working folder.</summary>
public sealed record CliContext(TextReader Input, TextWriter Output, TextWriter Error, string WorkingDirectory)
{
    public static CliContext ForProcess() => new(Console.In, Console.Out, Console.Error, Directory.GetCurrentDirectory());
}
