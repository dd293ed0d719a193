using EmpathyLint.Cli.Files;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
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
        var baseline = new Option<string>("--baseline")
        {
            Description = $"Report only findings not in this baseline file (default: {EmpathyLint.Model.Baseline.FileName} in the current folder, when there is one).",
            HelpName = "file",
        };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Report every finding, even those the baseline accepts." };
        var ignorePattern = new Option<string[]>("--ignore-pattern")
        {
            Description = "Do not scan files matching this glob (relative to the current folder); repeatable. .gitignore and .empathylintignore files apply too.",
            HelpName = "glob",
            AllowMultipleArgumentsPerToken = false,
        };
        var noIgnore = new Option<bool>("--no-ignore") { Description = "Scan ignored files and folders too (.gitignore, .empathylintignore, config ignores, --ignore-pattern)." };
        var printConfig = new Option<string>("--print-config")
        {
            Description = "Print the configuration that applies to this file (config file, rule severities, purposes) and exit.",
            HelpName = "file",
        };

        var command = new CliCommand("scan", "Scan .html, .htm, .cshtml, .razor and .cs files (folders are searched recursively).")
        {
            paths, format, output, failOn, maxWarnings, quiet, stdinFilename, config, baseline, noBaseline, ignorePattern, noIgnore, printConfig,
        };
        command.Examples.Add(("empathylint scan", "Scan the current folder, eslint-style text on the terminal"));
        command.Examples.Add(("empathylint scan src --format=sarif --output=el.sarif --format text", "Write SARIF to a file and text to the terminal"));
        command.Examples.Add(("cat Signup.razor | empathylint scan - --stdin-filename Pages/Signup.razor", "Lint standard input as a Razor file"));
        command.Examples.Add(("empathylint baseline create && empathylint scan", "Accept today's findings, then fail only on new ones"));
        command.Examples.Add(("empathylint scan 'src/**/*.razor' --ignore-pattern 'src/Legacy/**'", "Scan Razor files under src, except a legacy folder"));
        command.Examples.Add(("empathylint scan --print-config Pages/Signup.cshtml", "Show the configuration that applies to a file"));
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
                BaselinePath = parse.GetValue(baseline),
                UseBaseline = !parse.GetValue(noBaseline),
                IgnorePatterns = parse.GetValue(ignorePattern) ?? Array.Empty<string>(),
                NoIgnore = parse.GetValue(noIgnore),
            };
            if (parse.GetValue(printConfig) is { } file) return PrintConfig(file, options, context);
            return Run(options, context);
        });
        return command;
    }

    /// <summary>
    /// Pairs each <c>--output</c> with the <c>--format</c> before it (an --output before any --format goes with the first
    /// one), in command-line order, so <c>--format sarif --output el.sarif --format text</c> means what it says.
    /// </summary>
    private static List<ReportTarget> PairReports(ParseResult parse, Option<string[]> format, Option<string[]> output)
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

    /// <summary>--print-config: the resolved configuration for one file, as YAML-like text people can read.</summary>
    private static int PrintConfig(string file, ScanOptions options, CliContext context)
    {
        var folder = Directory.Exists(file) ? file : Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!ConfigOption.TryLoad(options.ConfigPath, folder, context.Error, out var configuration)) return ExitCodes.Usage;
        var output = context.Output;
        var walker = new FileWalker(configuration.Ignores, configuration.BaseDirectory, options.IgnorePatterns, options.NoIgnore);
        output.WriteLine($"file: {PathDisplay.Relative(file)}");
        output.WriteLine($"config: {(configuration.SourcePath is null ? "built-in defaults (recommended)" : PathDisplay.Relative(configuration.SourcePath))}");
        output.WriteLine($"ignored: {walker.WhyIgnored(file) ?? "no"}");
        output.WriteLine("rules:");
        foreach (var rule in configuration.Catalog.Rules)
        {
            output.WriteLine($"  {rule.Id}: {configuration.SeverityOf(rule.Id).ToName()}");
        }
        var relative = EmpathyLint.Configuration.ConfigPaths.RelativeTo(configuration.BaseDirectory, file);
        var purposes = configuration.Purposes.Where(p => p.Paths.Count == 0 || p.Paths.Any(g => new EmpathyLint.Text.Glob(g).IsMatch(relative))).ToList();
        output.WriteLine(purposes.Count == 0 ? "purposes: []" : "purposes:");
        foreach (var purpose in purposes) output.WriteLine($"  - {purpose.Concept}: {purpose.Purpose}");
        return ExitCodes.Clean;
    }

    /// <summary>What a scan found before any baseline: every finding (suppressed ones marked) and how many files.</summary>
    public readonly record struct ScanResult(System.Collections.Generic.List<Finding> Findings, int FilesScanned, LintConfiguration Configuration);

    /// <summary>Loads the config and scans; null when the config is invalid (its problems are printed, exit 2).</summary>
    public static ScanResult? ScanOnly(ScanOptions options, CliContext context)
    {
        var firstPath = options.Paths[0] == "-" ? Path.GetDirectoryName(Path.GetFullPath(options.StdinFilename ?? "stdin.html"))! : options.Paths[0];
        // The project config: --config, or empathylint.yaml from the first scanned path up; an invalid one exits 2.
        if (!ConfigOption.TryLoad(options.ConfigPath, firstPath, context.Error, out var configuration)) return null;
        var inputs = CollectInputs(options, configuration, context.Input, context.Error);
        var findings = Scanner.Scan(inputs, configuration, resourceFolders: options.Paths.Where(p => p != "-"), keepSuppressed: true);
        var onDisk = options.Paths.Where(p => p != "-").ToList();
        if (configuration.Journeys.Count > 0 && onDisk.Count > 0)
        {
            // Rules across a journey's steps (EL6001) need every step's questions at once.
            findings.AddRange(EmpathyLint.Journeys.JourneyLinter.Lint(ProjectDocuments.Read(onDisk, configuration).Documents, configuration));
            findings.Sort();
        }
        return new ScanResult(findings, inputs.Count, configuration);
    }

    public static int Run(ScanOptions options, CliContext context)
    {
        if (ScanOnly(options, context) is not { } scan) return ExitCodes.Usage;
        var findings = scan.Findings;
        var baselined = 0;
        if (LoadBaseline(options, context) is { } baseline) findings = baseline.Filter(findings, out baselined);
        if (options.Quiet) findings = findings.Where(f => f.Severity >= Severity.Error).ToList();
        var report = new ScanReport(findings, scan.FilesScanned, scan.Configuration.Catalog) { Colour = context.Colour, Baselined = baselined };
        WriteReports(options, report, context);
        return ExitCode(options, report, context.Error);
    }

    private static EmpathyLint.Model.Baseline? LoadBaseline(ScanOptions options, CliContext context)
    {
        if (!options.UseBaseline) return null;
        if (options.BaselinePath is { } given)
        {
            if (!File.Exists(given)) throw new UsageException($"{given}: no such baseline file (create one with 'empathylint baseline create')");
            return BaselineFile.Load(given);
        }
        var found = Path.Combine(context.WorkingDirectory, EmpathyLint.Model.Baseline.FileName);
        return File.Exists(found) ? BaselineFile.Load(found) : null;
    }

    private static void WriteReports(ScanOptions options, ScanReport report, CliContext context)
    {
        foreach (var target in options.Reports)
        {
            if (target.OutputPath is null)
            {
                Formatters.Write(target.Format, context.Output, report);
                continue;
            }
            using var writer = new StringWriter();
            Formatters.Write(target.Format, writer, new ScanReport(report.All, report.FilesScanned, report.Catalog) { Baselined = report.Baselined });
            var path = Path.GetFullPath(target.OutputPath);
            try
            {
                InitCommand.WriteAtomically(path, writer.ToString());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{target.OutputPath}: cannot write the {target.Format} report: {ex.Message}");
            }
        }
    }

    /// <summary>1 when a shown finding reaches --fail-on or the warnings pass --max-warnings, else 0.</summary>
    public static int ExitCode(ScanOptions options, ScanReport report, TextWriter error)
    {
        var failing = options.FailOn is { } threshold && report.Findings.Any(f => f.Severity >= threshold);
        var warnings = report.Count(Severity.Warning);
        var tooManyWarnings = options.MaxWarnings is { } max && warnings > max;
        if (tooManyWarnings) error.WriteLine($"empathylint: {warnings} warnings, more than --max-warnings {options.MaxWarnings} allows");
        return failing || tooManyWarnings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    public static List<ScanInput> CollectInputs(ScanOptions options, LintConfiguration configuration, TextReader input, TextWriter notices)
    {
        var inputs = new List<ScanInput>();
        var onDisk = options.Paths.Where(p => p != "-").ToList();
        inputs.AddRange(CollectFiles(onDisk, configuration, options, notices).Select(ScanInput.File));
        if (options.Paths.Contains("-"))
        {
            var name = options.StdinFilename ?? "stdin.html";
            if (!FileWalker.IsScannable(name)) throw new UsageException($"--stdin-filename {name}: not a file EmpathyLint reads (expected {string.Join(", ", FileWalker.Extensions)})");
            var full = Path.GetFullPath(name);
            inputs.RemoveAll(i => i.FullPath == full);
            inputs.Add(new ScanInput(full, input.ReadToEnd()));
        }
        if (inputs.Count == 0)
        {
            throw new UsageException($"no files matched: {string.Join(" ", options.Paths)} holds no {string.Join(", ", FileWalker.Extensions)} file that is not ignored");
        }
        return inputs;
    }

    public static List<string> CollectFiles(IEnumerable<string> paths, LintConfiguration configuration) =>
        CollectFiles(paths, configuration, new ScanOptions(), TextWriter.Null);

    /// <summary>
    /// The files to scan, sorted: folders walked, globs expanded (Microsoft.Extensions.FileSystemGlobbing), ignores applied.
    /// A named file that is ignored is scanned with a notice; a named folder that is ignored is skipped with a notice
    /// (--no-ignore scans it); a glob that matches nothing is a usage error, as eslint's errorOnUnmatchedPattern.
    /// </summary>
    public static List<string> CollectFiles(IEnumerable<string> paths, LintConfiguration configuration, ScanOptions options, TextWriter notices)
    {
        var walker = new FileWalker(configuration.Ignores, configuration.BaseDirectory, options.IgnorePatterns, options.NoIgnore);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                if (walker.WhyIgnored(path) is { } why)
                {
                    notices.WriteLine($"empathylint: notice: {path} is {why}; not scanned (use --no-ignore to scan it)");
                    continue;
                }
                foreach (var file in walker.Walk(path)) files.Add(Path.GetFullPath(file));
            }
            else if (File.Exists(path))
            {
                if (!FileWalker.IsScannable(path)) throw new UsageException($"{path}: not a file EmpathyLint reads (expected {string.Join(", ", FileWalker.Extensions)})");
                if (walker.WhyIgnored(path) is { } why) notices.WriteLine($"empathylint: notice: {path} is {why}; scanned because it was named");
                files.Add(Path.GetFullPath(path));
            }
            else if (IsGlob(path))
            {
                var matched = ExpandGlob(path, walker);
                if (matched.Count == 0) throw new UsageException($"no files matched the pattern '{path}'");
                files.UnionWith(matched);
            }
            else if (path.Length == 0)
            {
                throw new UsageException("an empty path was given: name a file, folder or glob to scan");
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder");
            }
        }
        return files.ToList();
    }

    private static readonly System.Buffers.SearchValues<char> GlobCharacters = System.Buffers.SearchValues.Create("*?[{");

    public static bool IsGlob(string path) => path.AsSpan().IndexOfAny(GlobCharacters) >= 0;

    /// <summary>Files a glob names (relative to the folder before its first wildcard), scannable and not ignored.</summary>
    private static List<string> ExpandGlob(string pattern, FileWalker walker)
    {
        var (root, rest) = FileWalker.SplitGlob(pattern);
        if (!Directory.Exists(root)) return new List<string>();
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        var matched = matcher.GetResultsInFullPath(Path.GetFullPath(root))
            .Where(FileWalker.IsScannable)
            .Where(f => walker.WhyIgnored(f) is null)
            .Where(f => !f.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj" or "node_modules" or ".git"))
            .Select(Path.GetFullPath)
            .ToList();
        return matched;
    }
}
