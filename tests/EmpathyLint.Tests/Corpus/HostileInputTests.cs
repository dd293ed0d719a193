using System.Text;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Corpus;

/// <summary>
/// Generated inputs that crashed or hung the scanner (stack overflows, super-linear paths). Each must come back with
/// EL0001 and the limit it hit, or with its findings, and never take the process down. Run on a thread-pool thread,
/// as the analyzer runs in a build, where the stack is smaller than the main thread's.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private const string Gender = "<select name=\"gender\"><option>Male</option><option>Female</option></select>";
    private const string RazorLimit = "File could not be scanned: the Razor code nests blocks more than 1000 levels deep (code blocks, statements and markup inside code), beyond what the scanner reads; this limit is fixed, split the page into components or partials";
    private const string BracketLimit = "File could not be scanned: the code nests brackets more than 500 levels deep, beyond what the C# parser reads in reasonable time";
    private const string TypeArgumentLimit = "File could not be scanned: the code nests type arguments more than 500 levels deep, beyond what the C# parser reads without overflowing its stack";

    public static TheoryData<string, string, string> DeepRazor => new()
    {
        { "a hundred thousand braces after @{", "@{" + new string('{', 100_000) + "\n" + Gender, RazorLimit },
        { "35,000 nested @if", string.Concat(Enumerable.Repeat("@if (true) {\n", 35_000)) + Gender + new string('}', 35_000), RazorLimit },
        { "50,000 @{ lines", string.Concat(Enumerable.Repeat("@{\n", 50_000)) + Gender, RazorLimit },
        { "markup in code in markup", string.Concat(Enumerable.Repeat("@if (a) { <div> ", 20_000)) + Gender, RazorLimit },
    };

    [Theory]
    [MemberData(nameof(DeepRazor))]
    public void Deep_razor_is_reported_not_overflowed(string name, string razor, string reason)
    {
        var finding = Assert.Single(Run(razor, "Deep.razor"));
        Assert.True(finding.RuleId == "EL0001" && finding.Message == reason, $"{name}: {finding.RuleId} {finding.Message}");
    }

    [Fact]
    public void A_long_else_if_chain_is_not_deep_nesting()
    {
        var razor = "@if (a == 0) { <p>0</p> }\n" + string.Concat(Enumerable.Range(1, 5_000).Select(i => $"else if (a == {i}) {{ <p>{i}</p> }}\n")) + Gender;
        Assert.Contains("EL1001", Run(razor, "Chain.razor").Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("interpolations closed by another kind of bracket", "$\"{)", 20_000, BracketLimit)]
    [InlineData("type arguments never closed", "x<", 20_000, TypeArgumentLimit)]
    public void Csharp_that_fools_the_bracket_count_is_reported(string name, string unit, int count, string reason)
    {
        var code = "class C { void M() { var s = " + string.Concat(Enumerable.Repeat(unit, count)) + "; } }";
        var finding = Assert.Single(Run(code, "Deep.cs"));
        Assert.True(finding.RuleId == "EL0001" && finding.Message == reason, $"{name}: {finding.RuleId} {finding.Message}");
        // The same text in a Razor @code block goes through the same guard.
        var razor = Assert.Single(Run("@code {\n" + code + "\n}\n", "Deep.razor"));
        Assert.Equal(reason, razor.Message);
    }

    [Fact]
    public void Comparisons_without_spaces_in_many_statements_are_not_type_arguments()
    {
        var code = "public enum Gender { Male, Female }\nclass C { void M(int a, int b) { " + string.Concat(Enumerable.Repeat("var x = a<b; ", 2_000)) + "} }";
        Assert.DoesNotContain("EL0001", Run(code, "Model.cs").Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    public void A_hundred_thousand_unclosed_elements_are_reported_before_parsing(string tag)
    {
        var text = "<form>" + string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + Gender;
        var finding = Assert.Single(Run(text, "unclosed.html"));
        Assert.Equal("File could not be scanned: the markup nests elements more than 500 levels deep, beyond what the HTML parser keeps (it flattens deeper elements, as browsers do)", finding.Message);
    }

    [Fact]
    public void Thousands_of_unclosed_paragraphs_and_list_items_are_read()
    {
        var text = "<form><ul>" + string.Concat(Enumerable.Repeat("<li><p>item <br>", 5_000)) + "</ul><label for=\"g\">Gender</label>" + Gender.Replace("<select", "<select id=\"g\"") + "</form>";
        Assert.Contains("EL1001", Run(text, "list.html").Select(f => f.RuleId));
    }

    private static List<Finding> Run(string text, string path)
    {
        var task = Task.Run(() => Lint.Source(text, path));
        Assert.True(task.Wait(HangGuard), $"linting {path} did not finish within {HangGuard.TotalSeconds} s");
        return task.Result;
    }
}
