using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Rules.Names;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2010Tests
{
    [Fact]
    public void Ascii_only_html_pattern_is_reported_at_the_pattern_naming_rejected_names()
    {
        var findings = Lint.Html("""
            <form>
              <label for="f">First name</label>
              <input id="f" name="firstName" pattern="[A-Za-z]+">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2010"));
        Assert.Equal((3, 34, 3, 53), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.StartsWith("'First name' has a pattern that rejects real names such as José, O'Brien, 李, Mary-Jane and ", finding.Message);
    }

    [Theory]
    [InlineData(".+")]
    [InlineData(@"[\p{L}\p{M}' .\-]+")]
    [InlineData("[^0-9]+")]
    [InlineData(@"\P{N}+")]
    public void Patterns_that_accept_every_real_name_are_not_reported(string pattern)
    {
        Assert.Empty(Lint.Html($"""<label>Last name <input name="lastName" pattern="{pattern}"></label>""").Of("EL2010"));
    }

    [Fact]
    public void Browser_word_class_is_ascii_only_so_accented_names_are_rejected()
    {
        Assert.False(NamePatternJudge.Accepts(@"\w+", PatternFlavor.HtmlWholeValue, "José"));
        Assert.True(NamePatternJudge.Accepts(@"^\w+$", PatternFlavor.AnnotationWholeValue, "José"));
    }

    [Fact]
    public void Flavours_apply_the_pattern_as_their_host_does()
    {
        Assert.False(NamePatternJudge.Accepts("[a-z]+", PatternFlavor.HtmlWholeValue, "ab1"));
        Assert.False(NamePatternJudge.Accepts("[a-z]+", PatternFlavor.AnnotationWholeValue, "ab1"));
        Assert.True(NamePatternJudge.Accepts("[a-z]+", PatternFlavor.ValidatorSearch, "ab1"));
    }

    [Fact]
    public void A_pattern_invalid_with_the_v_flag_is_ignored_by_browsers_and_not_judged()
    {
        // An unescaped "-" at the end of a class is a syntax error with the v flag.
        Assert.Null(NamePatternJudge.Accepts("[A-Za-z-]+", PatternFlavor.HtmlWholeValue, "Mary"));
        Assert.Empty(Lint.Html("""<label>Last name <input name="lastName" pattern="[A-Za-z-]+"></label>""").Of("EL2010"));
        Assert.False(NamePatternJudge.Judge("[A-Za-z-]+", PatternFlavor.HtmlWholeValue, LintConfiguration.CreateDefault().Vocabulary.RealNames).TimedOut);
    }

    [Fact]
    public void A_backtracking_pattern_is_judged_on_the_linear_engine_the_same_way_every_time()
    {
        // One or two letters at a time: exponential backtracking on a long name, linear on the non-backtracking engine.
        const string Pattern = @"([\p{L} ]|[\p{L} ][\p{L} ])+";
        var names = LintConfiguration.CreateDefault().Vocabulary.RealNames;
        var first = NamePatternJudge.Judge(Pattern, PatternFlavor.HtmlWholeValue, names);
        Assert.False(first.TimedOut);
        Assert.Contains("Jean-Luc", first.Rejected!);
        var html = $"""<label>Full name <input name="fullName" pattern="{Pattern}"></label>""";
        var findings = Lint.Html(html);
        var finding = Assert.Single(findings.Of("EL2010"));
        Assert.False(finding.NeedsReview);
        Assert.Equal((1, 41), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal(finding.Message, Assert.Single(Lint.Html(html).Of("EL2010")).Message);
        Assert.Empty(findings.Of("EL0001"));
    }

    [Fact]
    public void A_pattern_longer_than_the_limit_is_reported_for_review_without_running()
    {
        var pattern = string.Concat(Enumerable.Repeat("[A-Za-z]?", NamePatternJudge.MaxPatternLength / 9 + 1));
        var review = Assert.Single(Lint.Html($"""<label>Full name <input name="fullName" pattern="{pattern}"></label>""").Of("EL2010"));
        Assert.True(review.NeedsReview);
        Assert.Equal(Severity.Info, review.Severity);
        Assert.StartsWith("Review: 'Full name' has a pattern too slow to test against real names", review.Message);
    }

    [Fact]
    public void Names_added_in_the_config_are_tested_too()
    {
        var config = LintConfiguration.CreateDefault();
        config.Vocabulary = config.Vocabulary.Clone();
        config.Vocabulary.RealNames.Add("Ab3");
        const string Html = """<label>Given name <input name="givenName" pattern="[^0-9]+"></label>""";
        Assert.Empty(Lint.Html(Html).Of("EL2010"));
        Assert.Contains("Ab3", Assert.Single(Lint.Html(Html, config).Of("EL2010")).Message);
    }

    [Fact]
    public void Annotation_on_a_model_member_is_reported_at_the_attribute()
    {
        var findings = Lint.CSharp("""
            public class InputModel
            {
                [RegularExpression("^[a-zA-Z]+$")]
                public string FirstName { get; set; }

                [RegularExpression("[a-zA-Z]+")]
                public string LastName { get; set; }
            }
            """);
        // [RegularExpression] must match the whole value, anchored or not.
        Assert.Equal(new[] { "3:6", "6:6" }, findings.At("EL2010"));
        var finding = findings.Of("EL2010")[0];
        Assert.Equal((3, 6, 3, 38), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Contains("José", finding.Properties["rejected"].Split('\n'));
    }

    [Fact]
    public void Validator_matches_is_a_search_unless_the_pattern_anchors_itself()
    {
        var findings = Lint.CSharp("""
            public class PersonValidator : AbstractValidator<Person>
            {
                public PersonValidator()
                {
                    RuleFor(x => x.FirstName).Matches("^[a-zA-Z]+$");
                    RuleFor(x => x.LastName).Matches("[a-z]");
                    RuleFor(x => x.MiddleName).Matches(@"\p{L}");
                }
            }
            """);
        Assert.Equal(new[] { "5:35", "6:34" }, findings.At("EL2010"));
        var anchored = findings.Of("EL2010")[0].Properties["rejected"].Split('\n');
        Assert.Contains("José", anchored);
        Assert.Contains("O'Brien", anchored);
        // Unanchored, "[a-z]" passes any name with one lower-case ASCII letter somewhere: only names without one fail.
        var unanchored = findings.Of("EL2010")[1].Properties["rejected"].Split('\n');
        Assert.Contains("李", unanchored);
        Assert.DoesNotContain("José", unanchored);
        Assert.DoesNotContain("O'Brien", unanchored);
        Assert.DoesNotContain("Mary-Jane", unanchored);
    }

    [Theory]
    [InlineData("""<label>Your pet's name <input name="petName" pattern="[A-Za-z]+"></label>""")]
    [InlineData("""<label>Username <input name="username" pattern="[a-z0-9_]+"></label>""")]
    [InlineData("""<label>Product code <input name="code" pattern="[A-Z]{3}"></label>""")]
    public void Patterns_on_things_that_are_not_person_names_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2010"));
    }
}
