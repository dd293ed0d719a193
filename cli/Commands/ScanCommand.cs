using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EmpathyLint.Cli.Output;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

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
        var findings = Scan(files, configuration, resourceFolders: options.Paths);
        if (configuration.Journeys.Count > 0)
        {
            // Rules across a journey's steps (EL6001) need every step's questions at once.
            findings.AddRange(EmpathyLint.Journeys.JourneyLinter.Lint(ProjectDocuments.Read(options.Paths, configuration).Documents, configuration));
            findings.Sort();
        }
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

    public static List<Finding> Scan(IReadOnlyList<string> files, LintConfiguration configuration, IEnumerable<string>? resourceFolders = null)
    {
        var sources = ReadSources(files);
        var trees = ParseCSharpSources(sources);
        var project = BuildProjectContext(sources, trees);
        if (resourceFolders is not null) AddResources(resourceFolders, project);
        var engine = new LintEngine(configuration, project);
        var results = new List<Finding>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var source = sources[i];
            if (source.Text is null)
            {
                results[i] = new List<Finding> { engine.Unreadable(source.Display, "", source.Problem) };
                return;
            }
            results[i] = trees[i] is { } tree
                ? engine.Lint(source.Display, source.Text, document => CSharpExtractor.Extract(document, tree))
                : engine.Lint(source.Display, source.Text);
        });
        var all = results.SelectMany(r => r).ToList();
        all.Sort();
        return all;
    }

    /// <summary>One scanned file: its display path and its text, or why it could not be read.</summary>
    public sealed class ScannedSource
    {
        public ScannedSource(string fullPath, string display, string? text, string problem)
        {
            FullPath = fullPath;
            Display = display;
            Text = text;
            Problem = problem;
        }

        public string FullPath { get; }
        public string Display { get; }
        public string? Text { get; }
        public string Problem { get; }
    }

    /// <summary>Reads every file once, in parallel; both scan phases use these texts.</summary>
    internal static ScannedSource[] ReadSources(IReadOnlyList<string> files)
    {
        var sources = new ScannedSource[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = PathDisplay.Relative(files[i]);
            sources[i] = SourceFileReader.TryRead(files[i], out var text, out var problem)
                ? new ScannedSource(files[i], display, text, "")
                : new ScannedSource(files[i], display, null, problem);
        });
        return sources;
    }

    /// <summary>Parses each readable .cs file once; the tree serves the project context and the file's own lint.</summary>
    internal static SyntaxTree?[] ParseCSharpSources(ScannedSource[] sources)
    {
        var trees = new SyntaxTree?[sources.Length];
        Parallel.For(0, sources.Length, i =>
        {
            var source = sources[i];
            if (source.Text is null || LintEngine.KindOf(source.FullPath) != DocumentKind.CSharp) return;
            trees[i] = CSharpExtractor.Parse(source.Text, source.Display);
        });
        return trees;
    }

    /// <summary>
    /// Phase one of a scan: what the C# models say (enums, annotations on bound members), so markup in
    /// any file can use it. The builder orders sources by path, so parallel reading stays deterministic.
    /// </summary>
    internal static ProjectContext BuildProjectContext(ScannedSource[] sources, SyntaxTree?[] trees)
    {
        var builder = new ProjectContextBuilder();
        Parallel.For(0, sources.Length, i =>
        {
            if (trees[i] is { } tree) builder.Add(sources[i].Display, tree);
            else if (sources[i].Text is { } text && LintEngine.KindOf(sources[i].FullPath) == DocumentKind.Razor) builder.AddMarkup(sources[i].Display, text);
        });
        return builder.Build();
    }

    /// <summary>
    /// Localisation resources for Razor labels (<c>@Localizer["Gender"]</c>): every .resx file under the scanned
    /// folders (build output and dependencies skipped), read into <see cref="ProjectContext.Resources"/>.
    /// </summary>
    public static void AddResources(IEnumerable<string> folders, ProjectContext project)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            var files = Directory.EnumerateFiles(folder, "*.resx", SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git"))
                .OrderBy(f => f, StringComparer.Ordinal);
            foreach (var file in files)
            {
                // An unreadable .resx only costs label text; the scan goes on.
                if (SourceFileReader.TryRead(file, out var text, out _)) EmpathyLint.Extraction.Razor.ResxReader.TryRead(text, project.Resources, out _);
            }
        }
    }
}
