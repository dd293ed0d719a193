using System;
using System.Linq;
using System.Threading;
using EmpathyLint.Extraction.Razor;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers;

/// <summary>Facts from the compilation's C# sources (enums, model annotations) that markup rules need.</summary>
internal static class ProjectContextSource
{
    /// <summary>Built once per compilation, from the same syntax trees the compiler parsed (generated ones left out, as the CLI never sees them).</summary>
    public static ProjectContext Build(Compilation compilation, System.Collections.Generic.IEnumerable<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var builder = new ProjectContextBuilder();
        // Which model members the Razor files bind: the question layer needs them before any file is judged.
        foreach (var file in additionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!EmpathyLint.Engine.LintEngine.IsMarkupPath(file.Path) || AnalysisSession.IsGenerated(file.Path)) continue;
            if (file.GetText(cancellationToken) is { } text) builder.AddMarkup(file.Path, text.ToString());
        }
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (AnalysisSession.IsGenerated(tree.FilePath)) continue;
            builder.Add(tree.FilePath, tree);
        }
        return builder.Build();
    }

    /// <summary>
    /// Localisation resources for Razor labels (<c>@Localizer["Gender"]</c>): the .resx files the package passes
    /// as AdditionalFiles, in path order as the CLI reads them, so both give the same labels.
    /// </summary>
    public static void AddResources(System.Collections.Immutable.ImmutableArray<AdditionalText> files, ProjectContext project, CancellationToken cancellationToken)
    {
        foreach (var file in files.Where(f => f.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // An unreadable .resx only costs label text, as in the CLI.
            if (file.GetText(cancellationToken) is { } text) ResxReader.TryRead(text.ToString(), project.Resources, out _);
        }
    }
}
