using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1008Tests
{
    [Theory]
    [InlineData("Sex/Gender")]
    [InlineData("Gender (sex)")]
    [InlineData("Geschlecht/Sex")]
    [InlineData("Sexo / Género")]
    public void A_label_naming_both_sex_and_gender_is_reported_at_review_tier(string label)
    {
        var findings = Lint.Html($"""
            <form>
              <label for="q">{label}</label>
              <select id="q" name="q"><option>Female</option><option>Male</option><option>Prefer not to say</option></select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1008"));
        Assert.Equal((3, 3), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.True(finding.NeedsReview);
        Assert.StartsWith("Review: '" + label + "' asks about sex and gender in one question", finding.Message);
    }

    [Theory]
    [InlineData("Gender")]
    [InlineData("Sex registered at birth")]
    [InlineData("Biologisches Geschlecht")]
    [InlineData("Is the gender you identify with the same as your sex registered at birth?")]
    public void One_concept_per_question_is_not_reported(string label)
    {
        var findings = Lint.Html($"""<label for="q">{label}</label><input id="q" name="q">""");
        Assert.Empty(findings.Of("EL1008"));
    }

    [Fact]
    public void A_declared_purpose_quiets_the_finding()
    {
        var findings = Lint.Html("""<label for="q">Sex/Gender</label><input id="q" name="q" data-purpose="Insurance pricing required by the underwriter">""");
        Assert.Empty(findings.Of("EL1008"));
    }

    [Fact]
    public void Questions_about_things_are_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="q">Your pet's sex/gender</label><input id="q" name="q">""").Of("EL1008"));
    }

    [Theory]
    [InlineData("title-to-gender", "a title")]
    [InlineData("name-to-gender", "a first name")]
    public void Gender_guessed_in_code_is_reported_at_the_observation(string kind, string source)
    {
        const string Code = """
            public static class Crm
            {
                public static Gender Guess(Title title) => title == Title.Mr ? Gender.Male : Gender.Female;
            }
            """;
        var document = new FormDocument("Crm.cs", DocumentKind.CSharp, Code);
        var expression = "title == Title.Mr ? Gender.Male : Gender.Female";
        document.Observations.Add(new CodeObservation(kind, document.Span(Code.IndexOf(expression, StringComparison.Ordinal), expression.Length), expression));
        var finding = Assert.Single(CSharpShapes.Lint(document).Of("EL1008"));
        Assert.Equal((3, 48, 3, 95), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.StartsWith("Review: Gender is guessed from " + source + " in code (" + expression + ")", finding.Message);
        Assert.Equal("gender", finding.Concept);
    }

    [Fact]
    public void Other_observations_are_not_reported()
    {
        var document = new FormDocument("Crm.cs", DocumentKind.CSharp, "var x = 1;");
        document.Observations.Add(new CodeObservation("unused-member", document.Span(0, 3), "x"));
        Assert.Empty(CSharpShapes.Lint(document).Of("EL1008"));
    }
}
