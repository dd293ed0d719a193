using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Cli.Scanning;

/// <summary>One input of a scan: a file on disk, or text read from standard input under a chosen name.</summary>
public sealed record ScanInput(string FullPath, string? Text = null)
{
    public static ScanInput File(string path) => new(Path.GetFullPath(path));
}

/// <summary>
/// Lints a set of inputs with one configuration, knowing nothing of the command line: C# models first (so markup in
/// any file sees their enums and annotations), then every file, findings in a stable order.
/// </summary>
public static class Scanner
{
    public static List<Finding> Scan(IReadOnlyList<string> files, LintConfiguration configuration, IEnumerable<string>? resourceFolders = null) =>
        Scan(files.Select(ScanInput.File).ToList(), configuration, resourceFolders);

    public static List<Finding> Scan(IReadOnlyList<ScanInput> inputs, LintConfiguration configuration, IEnumerable<string>? resourceFolders = null)
    {
        var sources = ReadSources(inputs);
        var trees = ParseCSharpSources(sources);
        var project = BuildProjectContext(sources, trees);
        if (resourceFolders is not null) AddResources(resourceFolders, project);
        var engine = new LintEngine(configuration, project);
        var results = new List<Finding>[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
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
    public sealed record ScannedSource(string FullPath, string Display, string? Text, string Problem);

    /// <summary>Reads every file once, in parallel; both scan phases use these texts.</summary>
    private static ScannedSource[] ReadSources(IReadOnlyList<ScanInput> inputs)
    {
        var sources = new ScannedSource[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var input = inputs[i];
            var display = PathDisplay.Relative(input.FullPath);
            if (input.Text is not null) sources[i] = new ScannedSource(input.FullPath, display, input.Text, "");
            else if (SourceFileReader.TryRead(input.FullPath, out var text, out var problem)) sources[i] = new ScannedSource(input.FullPath, display, text, "");
            else sources[i] = new ScannedSource(input.FullPath, display, null, problem);
        });
        return sources;
    }

    /// <summary>Parses each readable .cs file once; the tree serves the project context and the file's own lint.</summary>
    private static SyntaxTree?[] ParseCSharpSources(ScannedSource[] sources)
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
    private static ProjectContext BuildProjectContext(ScannedSource[] sources, SyntaxTree?[] trees)
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
