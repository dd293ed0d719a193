using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Corpus;

/// <summary>The checker behind the about-people corpus must itself fail on a mismatch, or the corpus proves nothing.</summary>
public class ExpectCommentsTests
{
    private const string BinarySelect = """<label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label>""";

    [Fact]
    public void Expectation_points_at_the_next_line_that_is_not_blank_or_a_comment()
    {
        var text = "<!-- expect: EL1001, el3008 -->\n\n<!-- some note -->\n<p>x</p>\n";
        var expectations = ExpectComments.Read(text);
        Assert.Equal(new[] { 4 }, expectations.ByLine.Keys);
        Assert.Equal(new[] { "EL1001", "el3008" }, expectations.ByLine[4]);
    }

    [Fact]
    public void Razor_and_csharp_comments_carry_expectations_and_none_means_clean()
    {
        var expectations = ExpectComments.Read("@* expect: EL2001 *@\n<InputSelect />\n    // expect: none\nclass A {}\n<a href=\"https://example.org\">// expect: EL9999</a>\n");
        Assert.Equal(new[] { 2, 4 }, expectations.ByLine.Keys);
        Assert.Equal(new[] { "EL2001" }, expectations.ByLine[2]);
        Assert.Empty(expectations.ByLine[4]);
    }

    [Fact]
    public void Matching_findings_give_no_problem()
    {
        var text = $"<!-- expect: EL1001, EL3008 -->\n{BinarySelect}\n<!-- expect-file: EL1005 -->\n";
        Assert.Empty(ExpectComments.Compare(text, Lint.Html(text)));
    }

    [Fact]
    public void A_missing_and_an_unexpected_finding_are_both_reported_with_their_lines()
    {
        var text = $"<!-- expect: EL1001, EL2001 -->\n<p>the select moved down</p>\n{BinarySelect}\n";
        var problems = ExpectComments.Compare(text, Lint.Html(text));
        Assert.Contains("line 2: missing EL1001", problems);
        Assert.Contains("line 2: missing EL2001", problems);
        Assert.Contains(problems, p => p.StartsWith("line 3: unexpected EL1001 at 3:15 ('Gender' offers only", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("line 3: unexpected EL1005 at 3:15", StringComparison.Ordinal));
    }
}
