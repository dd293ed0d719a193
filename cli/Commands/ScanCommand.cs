using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EmpathyLint.Cli.Output;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

public sealed class ScanOptions
{
    public List<string> Paths { get; } = new();
    public string Format { get; set; } = "text";
    public Severity? FailOn { get; set; } = Severity.Warning;

    /// <summary>--config: the project config to use instead of the one found from the first scanned path up.</summary>
    public string? ConfigPath { get; set; }
}

public static class ScanCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = Parse(args);
        // The project config: --config, or empathylint.yaml from the first scanned path up; an invalid one exits 2.
        if (!ConfigOption.TryLoad(options.ConfigPath, options.Paths[0], error, out var configuration)) return ExitCodes.Usage;
        var files = CollectFiles(options.Paths, configuration);
        var findings = Scan(files, configuration);
        Formatters.Write(options.Format, output, findings, files.Count);
        var failing = options.FailOn is { } threshold && findings.Any(f => f.Severity >= threshold);
        return failing ? ExitCodes.Findings : ExitCodes.Clean;
    }

    public static ScanOptions Parse(string[] args)
    {
        var options = new ScanOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--format":
                case "-f":
                    var format = Value(args, ref i, arg);
                    if (!Formatters.Names.Contains(format)) throw new UsageException($"unknown format '{format}' (expected {string.Join(", ", Formatters.Names)})");
                    options.Format = format;
                    break;
                case "--fail-on":
                    var level = Value(args, ref i, arg);
                    if (level == "none") options.FailOn = null;
                    else if (SeverityNames.TryParse(level, out var severity) && severity != Severity.Off) options.FailOn = severity;
                    else throw new UsageException($"unknown --fail-on level '{level}' (expected info, warning, error or none)");
                    break;
                case "--config":
                case "-c":
                    options.ConfigPath = Value(args, ref i, arg);
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1) throw new UsageException($"unknown option '{arg}' (try 'empathylint --help')");
                    options.Paths.Add(arg);
                    break;
            }
        }
        if (options.Paths.Count == 0) options.Paths.Add(".");
        return options;
    }

    private static string Value(string[] args, ref int i, string option)
    {
        if (i + 1 >= args.Length || (args[i + 1].StartsWith("--", StringComparison.Ordinal))) throw new UsageException($"option '{option}' needs a value");
        return args[++i];
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

    public static List<Finding> Scan(IReadOnlyList<string> files, LintConfiguration configuration)
    {
        var engine = new LintEngine(configuration);
        var results = new List<Finding>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = PathDisplay.Relative(files[i]);
            if (!SourceFileReader.TryRead(files[i], out var text, out var problem))
            {
                results[i] = new List<Finding> { engine.Unreadable(display, "", problem) };
                return;
            }
            results[i] = engine.Lint(display, text);
        });
        var all = results.SelectMany(r => r).ToList();
        all.Sort();
        return all;
    }
}
