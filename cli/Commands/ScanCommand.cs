using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Cli.Output;
using EmpathyLint.Cli.Scanning;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary><c>empathylint scan [paths...]</c>: parses the command line into <see cref="ScanOptions"/> and runs the scan.</summary>
public static class ScanCommand
{
    private static readonly string[] FailOnLevels = { "info", "warning", "error", "none" };

    public static CliCommand Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or globs to scan (default: the current folder); '-' reads standard input. Put '--' before a path that starts with '-'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", Formatters.Names)} (default: text). Repeat it to write several, each followed by its own --output.",
            HelpName = "format",
            AllowMultipleArgumentsPerToken = false,
        };
        format.CompletionSources.Add(Formatters.Names);
        format.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!Formatters.Names.Contains(token.Value)) result.AddError($"unknown format '{token.Value}' (expected {string.Join(", ", Formatters.Names)})");
            }
        });
        var output = new Option<string[]>("--output", "-o")
        {
            Description = "Write the preceding --format to this file instead of standard output.",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = false,
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding at or above this severity is reported: info, warning, error or none.",
            HelpName = "level",
            DefaultValueFactory = _ => "warning",
        };
        failOn.CompletionSources.Add(FailOnLevels);
        failOn.Validators.Add(result =>
        {
            var level = result.GetValueOrDefault<string>();
            if (!FailOnLevels.Contains(level)) result.AddError($"unknown --fail-on level '{level}' (expected info, warning, error or none)");
        });
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Exit 1 when more than this many warnings are reported, whatever --fail-on says.",
            HelpName = "count",
        };
        maxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0) result.AddError("--max-warnings must be 0 or more");
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report errors only (warnings and info are neither shown nor counted by --max-warnings)." };
        var stdinFilename = new Option<string>("--stdin-filename")
        {
            Description = "The file name standard input ('-') is linted as; its extension picks the parser and its folder the config (default: stdin.html).",
            HelpName = "path",
        };
        var config = ConfigOption.Create();

        var command = new CliCommand("scan", "Scan .html, .htm, .cshtml, .razor and .cs files (folders are searched recursively).")
        {
            paths, format, output, failOn, maxWarnings, quiet, stdinFilename, config,
        };
        command.Examples.Add(("empathylint scan", "Scan the current folder, eslint-style text on the terminal"));
        command.Examples.Add(("empathylint scan src --format=sarif --output=el.sarif --format text", "Write SARIF to a file and text to the terminal"));
        command.Examples.Add(("cat Signup.razor | empathylint scan - --stdin-filename Pages/Signup.razor", "Lint standard input as a Razor file"));
        command.Examples.Add(("empathylint scan @ci.rsp", "Read more arguments from a response file, one per line"));
        command.Examples.Add(("empathylint scan -- -draft.html", "Scan a file whose name starts with '-'"));
        command.SetAction(parse =>
        {
            RejectUnknownOptions(parse, command);
            var options = new ScanOptions
            {
                Paths = parse.GetValue(paths) is { Length: > 0 } given ? given : new[] { "." },
                Reports = PairReports(parse, format, output),
                FailOn = parse.GetValue(failOn) is "none" ? null : SeverityNames.TryParse(parse.GetValue(failOn), out var level) ? level : Severity.Warning,
                MaxWarnings = parse.GetValue(maxWarnings),
                Quiet = parse.GetValue(quiet),
                ConfigPath = parse.GetValue(config),
                StdinFilename = parse.GetValue(stdinFilename),
            };
            return Run(options, context);
        });
        return command;
    }

    /// <summary>
    /// Pairs each <c>--output</c> with the <c>--format</c> before it (an --output before any --format goes with the first
    /// one), in command-line order, so <c>--format sarif --output el.sarif --format text</c> means what it says.
    /// </summary>
    private static IReadOnlyList<ReportTarget> PairReports(ParseResult parse, Option<string[]> format, Option<string[]> output)
    {
        var formats = new List<string>();
        var outputs = new List<string?>();
        string? pendingOutput = null;
        var tokens = parse.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument) continue;
            if (Names(format, tokens[i].Value))
            {
                formats.Add(tokens[i + 1].Value);
                outputs.Add(pendingOutput);
                pendingOutput = null;
            }
            else if (Names(output, tokens[i].Value))
            {
                if (formats.Count == 0)
                {
                    if (pendingOutput is not null) throw new UsageException("two --output files for one --format; give each --format its own --output");
                    pendingOutput = tokens[i + 1].Value;
                }
                else if (outputs[^1] is null)
                {
                    outputs[^1] = tokens[i + 1].Value;
                }
                else
                {
                    throw new UsageException($"two --output files for --format {formats[^1]}; give each --format its own --output");
                }
            }
        }
        if (formats.Count == 0)
        {
            formats.Add("text");
            outputs.Add(pendingOutput);
        }
        var reports = formats.Select((f, i) => new ReportTarget(f, outputs[i])).ToList();
        if (reports.Count(r => r.OutputPath is null) > 1)
        {
            throw new UsageException("only one --format can write to standard output; give the others an --output file");
        }
        return reports;
    }

    /// <summary>
    /// A path argument that looks like an option and came before <c>--</c> is an unknown option, not a file name
    /// (System.CommandLine hands unknown '-x' tokens to a variadic argument); after <c>--</c> it is a path.
    /// </summary>
    private static void RejectUnknownOptions(ParseResult parse, Command command)
    {
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == TokenType.DoubleDash) return;
            if (token.Type != TokenType.Argument || token.Value.Length < 2 || token.Value[0] != '-') continue;
            var previous = i > 0 ? tokens[i - 1] : null;
            var isOptionValue = previous is { Type: TokenType.Option }
                && command.Options.FirstOrDefault(o => Names(o, previous.Value)) is { } option && option.ValueType != typeof(bool);
            if (!isOptionValue) throw new UsageException($"unknown option '{token.Value}' for 'scan' (try 'empathylint scan --help'; put '--' before a path that starts with '-')");
        }
    }

    private static bool Names(Option option, string token) => option.Name == token || option.Aliases.Contains(token);

    public static int Run(ScanOptions options, CliContext context)
    {
        var firstPath = options.Paths[0] == "-" ? Path.GetDirectoryName(Path.GetFullPath(options.StdinFilename ?? "stdin.html"))! : options.Paths[0];
        // The project config: --config, or empathylint.yaml from the first scanned path up; an invalid one exits 2.
        if (!ConfigOption.TryLoad(options.ConfigPath, firstPath, context.Error, out var configuration)) return ExitCodes.Usage;
        var inputs = CollectInputs(options, configuration, context.Input);
        var findings = Scanner.Scan(inputs, configuration, resourceFolders: options.Paths.Where(p => p != "-"));
        if (options.Quiet) findings = findings.Where(f => f.Severity >= Severity.Error).ToList();
        foreach (var report in options.Reports)
        {
            if (report.OutputPath is null)
            {
                Formatters.Write(report.Format, context.Output, findings, inputs.Count);
                continue;
            }
            using var writer = new StringWriter();
            Formatters.Write(report.Format, writer, findings, inputs.Count);
            InitCommand.WriteAtomically(Path.GetFullPath(report.OutputPath), writer.ToString());
        }
        var failing = options.FailOn is { } threshold && findings.Any(f => f.Severity >= threshold);
        var tooManyWarnings = options.MaxWarnings is { } max && findings.Count(f => f.Severity == Severity.Warning) > max;
        if (tooManyWarnings) context.Error.WriteLine($"empathylint: too many warnings ({findings.Count(f => f.Severity == Severity.Warning)}); at most {options.MaxWarnings} allowed by --max-warnings");
        return failing || tooManyWarnings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static List<ScanInput> CollectInputs(ScanOptions options, LintConfiguration configuration, TextReader input)
    {
        var inputs = new List<ScanInput>();
        var onDisk = options.Paths.Where(p => p != "-").ToList();
        inputs.AddRange(CollectFiles(onDisk, configuration).Select(ScanInput.File));
        if (options.Paths.Contains("-"))
        {
            var name = options.StdinFilename ?? "stdin.html";
            if (!FileWalker.IsScannable(name)) throw new UsageException($"--stdin-filename {name}: not a file EmpathyLint reads (expected {string.Join(", ", FileWalker.Extensions)})");
            var full = Path.GetFullPath(name);
            inputs.RemoveAll(i => i.FullPath == full);
            inputs.Add(new ScanInput(full, input.ReadToEnd()));
        }
        return inputs;
    }

    public static List<string> CollectFiles(IEnumerable<string> paths, LintConfiguration configuration)
    {
        var walker = new FileWalker(configuration.Ignores, configuration.BaseDirectory);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in walker.Walk(path)) files.Add(Path.GetFullPath(file));
            }
            else if (File.Exists(path))
            {
                if (!FileWalker.IsScannable(path)) throw new UsageException($"{path}: not a file EmpathyLint reads (expected {string.Join(", ", FileWalker.Extensions)})");
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder");
            }
        }
        return files.ToList();
    }
}
