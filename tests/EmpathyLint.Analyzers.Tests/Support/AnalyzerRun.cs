using System.Collections.Immutable;
using EmpathyLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers.Tests.Support;

/// <summary>Runs the analyzer over a compilation directly, capturing analyzer exceptions (which the compiler would turn into AD0001).</summary>
public static class AnalyzerRun
{
    public static (List<Diagnostic> Diagnostics, List<Exception> Exceptions) Run(
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<AdditionalText> additionalFiles,
        IReadOnlyList<Rule>? rules = null)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), path: s.Path)).ToList();
        var compilation = CSharpCompilation.Create("Test", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles.ToImmutableArray()),
            onAnalyzerException: (ex, _, _) => { lock (exceptions) exceptions.Add(ex); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        DiagnosticAnalyzer analyzer = rules is null ? new EmpathyLintAnalyzer() : new EmpathyLintAnalyzer(rules);
        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (diagnostics.ToList(), exceptions);
    }
}

public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public InMemoryAdditionalText(string path, string text) : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
    {
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
