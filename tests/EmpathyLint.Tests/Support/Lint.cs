using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Support;

/// <summary>Runs the real engine over an in-memory file, as the CLI and the analyzer do.</summary>
public static class Lint
{
    public static List<Finding> Source(string code, string path = "form.html", LintConfiguration? configuration = null) =>
        new LintEngine(configuration ?? LintConfiguration.CreateDefault()).Lint(path, code);

    public static List<Finding> Html(string html, LintConfiguration? configuration = null) => Source(html, "form.html", configuration);

    public static List<Finding> Razor(string razor, LintConfiguration? configuration = null) => Source(razor, "Component.razor", configuration);

    public static List<Finding> Cshtml(string cshtml, LintConfiguration? configuration = null) => Source(cshtml, "Page.cshtml", configuration);

    public static List<Finding> CSharp(string code, LintConfiguration? configuration = null) => Source(code, "Model.cs", configuration);

    public static FormDocument Extract(string code, string path = "form.html") =>
        new LintEngine(LintConfiguration.CreateDefault()).Extract(path, code);

    /// <summary>Findings of one rule, as "line:column" strings, for compact exact assertions.</summary>
    public static List<string> At(this IEnumerable<Finding> findings, string ruleId) =>
        findings.Where(f => f.RuleId == ruleId).Select(f => $"{f.Span.StartLine}:{f.Span.StartColumn}").ToList();

    public static List<Finding> Of(this IEnumerable<Finding> findings, string ruleId) => findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The file extension a catalog example's language is scanned as.</summary>
    public static string PathFor(string language) => language switch
    {
        "razor" => "Example.razor",
        "cshtml" => "Example.cshtml",
        "csharp" => "Example.cs",
        _ => "example.html",
    };
}
