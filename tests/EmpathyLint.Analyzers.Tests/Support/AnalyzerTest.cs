using EmpathyLint.Analyzers;
using EmpathyLint.Rules;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers.Tests.Support;

/// <summary>The Roslyn analyzer test harness around the real analyzer, optionally with test rules instead of the registry.</summary>
public sealed class AnalyzerTest : CSharpAnalyzerTest<EmpathyLintAnalyzer, DefaultVerifier>
{
    private readonly IReadOnlyList<Rule>? _rules;

    public AnalyzerTest(IReadOnlyList<Rule>? rules = null)
    {
        _rules = rules;
        // The running runtime's own assemblies: no reference package to download.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(TestReferences.Runtime);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
    {
        yield return _rules is null ? new EmpathyLintAnalyzer() : new EmpathyLintAnalyzer(_rules);
    }

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(EmpathyLintDescriptors.For(id));
}

public static class TestReferences
{
    /// <summary>Core library, System.Runtime and DataAnnotations from the test's runtime, enough for model classes.</summary>
    public static IReadOnlyList<MetadataReference> Runtime { get; } = new[]
    {
        typeof(object).Assembly.Location,
        typeof(System.ComponentModel.DataAnnotations.RequiredAttribute).Assembly.Location,
        Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"),
        Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "netstandard.dll"),
    }.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
}
