using System.Threading;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers;

/// <summary>Facts from the compilation's C# sources (enums, model annotations) that markup rules need.</summary>
internal static class ProjectContextSource
{
    /// <summary>Built once per compilation, from the same syntax trees the compiler parsed (generated ones left out, as the CLI never sees them).</summary>
    public static ProjectContext Build(Compilation compilation, CancellationToken cancellationToken)
    {
        var builder = new ProjectContextBuilder();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (AnalysisSession.IsGenerated(tree.FilePath)) continue;
            builder.Add(tree.FilePath, tree);
        }
        return builder.Build();
    }
}
