using System;
using System.IO;
using EmpathyLint.Cli.Commands;

namespace EmpathyLint.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command line; exit 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.</summary>
    /// <remarks>
    /// Arguments are parsed by hand rather than with System.CommandLine: five commands and a handful of options do not
    /// need it, and this way every usage error is exactly one line with exit code 2, and nothing in the tool relies on
    /// reflection (it stays ReadyToRun- and Native-AOT-friendly).
    /// </remarks>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Clean;
        }
        if (args[0] is "--version" or "-v")
        {
            output.WriteLine(ToolInfo.Version);
            return ExitCodes.Clean;
        }
        var rest = args.AsSpan(1).ToArray();
        try
        {
            return args[0] switch
            {
                "scan" => ScanCommand.Run(rest, output, error),
                "rules" => RulesCommand.Run(rest, output, error),
                "explain" => ExplainCommand.Run(rest, output, error),
                "init" => InitCommand.Run(rest, output, error),
                "personas" => PersonasCommand.Run(rest, output, error),
                "inventory" => InventoryCommand.Run(rest, output, error),
                "report" => ReportCommand.Run(rest, output, error),
                _ => UsageError(error, $"unknown command '{args[0]}' (try 'empathylint --help')"),
            };
        }
        catch (UsageException ex)
        {
            return UsageError(error, ex.Message);
        }
        catch (EmpathyLint.Yaml.YamlProblem ex)
        {
            return UsageError(error, ex.Message);
        }
    }

    public static int UsageError(TextWriter error, string message)
    {
        error.WriteLine("empathylint: " + message);
        return ExitCodes.Usage;
    }
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}

/// <summary>A command line or configuration that cannot be used; reported in one line with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message)
    {
    }
}

public static class Usage
{
    public const string Text = """
        Usage: empathylint <command> [options]

        Commands:
          scan [paths...]     Scan .html, .htm, .cshtml, .razor and .cs files (folders are searched recursively)
          rules               List every rule with its severity in the active configuration
          rules test <folder> Lint annotated example files and compare with their 'expect:' comments
          explain <rule-id>   Why a rule exists: rationale, sources, options and examples
          init                Write a commented starter empathylint.yaml in the current folder
          personas [paths...] Walk each persona through the journeys: where each person is first blocked
          inventory [paths...] Every personal-data question: category, required, purpose, legal basis, place
                              (--format text|csv|json)
          report [paths...] -o report.html
                              One self-contained HTML report: findings, persona × journey matrix, inventory

        Scan options:
          --format <text|json>          Output format (default: text)
          --fail-on <info|warning|error|none>
                                        Exit 1 when a finding at or above this severity is reported (default: warning)

        Options for scan, rules, rules test and explain:
          -c, --config <file>           Use this config file instead of the empathylint.yaml (.empathylint.yaml,
                                        empathylint.yml) found from the scanned folder up to the repository root

        Init options:
          --preset <name>               Preset to extend: minimal, recommended, strict, clinical, equality-monitoring
          --force                       Replace an existing config file

        Exit codes: 0 clean, 1 findings (or 'rules test' mismatches), 2 usage or configuration error (EL0002).

          -h, --help                    Show this help
          --version                     Show the version

        """;
}
