using System.Text;
using EmpathyLint.Analyzers.Tests.Support;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>Finding severities become diagnostic severities; Roslyn's own configuration then has the last word.</summary>
public class SeverityTests
{
    /// <summary>One rule, so these host tests do not change as rules are added.</summary>
    private static readonly EmpathyLint.Rules.Rule[] OnlyEL1001 = { new EmpathyLint.Rules.Gender.EL1001BinaryGenderOptions() };

    private const string Form =
        "<form>\n" +
        "  <label for=\"gender\">Gender</label>\n" +
        "  <select id=\"gender\"><option>Male</option><option>Female</option></select>\n" +
        "</form>\n";

    private const string Message = "'Gender' offers only 'Male' and 'Female': add a non-binary answer, a way to self-describe and 'Prefer not to say'";

    private static AnalyzerTest Test(string? globalConfig = null)
    {
        var test = new AnalyzerTest(OnlyEL1001) { TestCode = "class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/app/form.html", SourceText.From(Form, Encoding.UTF8)));
        if (globalConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        return test;
    }

    [Theory]
    [InlineData(Severity.Error, DiagnosticSeverity.Error)]
    [InlineData(Severity.Warning, DiagnosticSeverity.Warning)]
    [InlineData(Severity.Info, DiagnosticSeverity.Info)]
    public void Finding_severity_maps_to_diagnostic_severity(Severity severity, DiagnosticSeverity expected)
    {
        Assert.Equal(expected, EmpathyLintDescriptors.ToDiagnosticSeverity(severity));
        var finding = new Finding("EL1001", severity, "form.html", new EmpathyLint.Text.SourceSpan(0, 4, 1, 1, 1, 5), "message");
        var diagnostic = EmpathyLintAnalyzer.ToDiagnostic(finding, Location.None);
        Assert.Equal(expected, diagnostic.Severity);
        Assert.Equal("message", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task A_global_config_sets_the_severity_of_a_markup_finding(string configured, DiagnosticSeverity expected)
    {
        var test = Test($"dotnet_diagnostic.EL1001.severity = {configured}\n");
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL1001").WithSpan("/app/form.html", 3, 3, 3, 23).WithArguments(Message).WithSeverity(expected));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_global_config_turns_a_rule_off()
    {
        await Test("dotnet_diagnostic.EL1001.severity = none\n").RunAsync();
    }

    [Fact]
    public async Task NoWarn_suppresses_the_rule()
    {
        var test = Test();
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("EL1001", ReportDiagnostic.Suppress)));
        });
        await test.RunAsync();
    }

    [Fact]
    public void Roslyn_severity_reads_NoWarn_before_global_configs()
    {
        var options = new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["EL1001"] = ReportDiagnostic.Suppress, ["EL1002"] = ReportDiagnostic.Error, ["EL1003"] = ReportDiagnostic.Hidden });
        Assert.Equal(Severity.Off, AnalysisSession.RoslynSeverity(options, "EL1001", default));
        Assert.Equal(Severity.Error, AnalysisSession.RoslynSeverity(options, "EL1002", default));
        Assert.Equal(Severity.Info, AnalysisSession.RoslynSeverity(options, "EL1003", default));
        Assert.Null(AnalysisSession.RoslynSeverity(options, "EL1004", default));
    }

    [Fact]
    public void Properties_travel_to_the_diagnostic()
    {
        var finding = new Finding("EL1001", Severity.Warning, "Gender.cs", new EmpathyLint.Text.SourceSpan(0, 4, 1, 1, 1, 5), "m") { NeedsReview = true, Concept = "gender" };
        finding.Properties["fix"] = "add-inclusive-gender-members";
        var diagnostic = EmpathyLintAnalyzer.ToDiagnostic(finding, Location.None);
        Assert.Equal("add-inclusive-gender-members", diagnostic.Properties["fix"]);
        Assert.Equal("true", diagnostic.Properties[DiagnosticProperties.NeedsReview]);
        Assert.Equal("gender", diagnostic.Properties[DiagnosticProperties.Concept]);
    }
}
