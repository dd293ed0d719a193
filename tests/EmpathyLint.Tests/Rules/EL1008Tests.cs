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

    [Fact]
    public void Gender_guessed_in_code_is_reported_at_the_guess()
    {
        var findings = Lint.CSharp("""
            public static class Crm
            {
                public static Gender Guess(Title title) => title == Title.Mr ? Gender.Male : Gender.Female;

                public static Gender FromName(Person person) => GenderApi.GuessGender(person.FirstName);
            }
            """).Of("EL1008");
        Assert.Equal(2, findings.Count);
        var byTitle = findings[0];
        Assert.Equal((3, 48, 3, 95), (byTitle.Span.StartLine, byTitle.Span.StartColumn, byTitle.Span.EndLine, byTitle.Span.EndColumn));
        Assert.StartsWith("Review: Gender is guessed from a title in code (title == Title.Mr ? Gender.Male : Gender.Female)", byTitle.Message);
        Assert.Equal("gender", byTitle.Concept);
        Assert.Equal("5:53", findings.At("EL1008")[1]);
        Assert.StartsWith("Review: Gender is guessed from a first name in code (GenderApi.GuessGender(person.FirstName))", findings[1].Message);
    }

    [Fact]
    public void Titles_and_shop_departments_without_a_gender_are_not_reported()
    {
        Assert.Empty(Lint.CSharp("""
            public static class Shop
            {
                public static Department Pick(bool men) => men ? Department.Men : Department.Women;
                public static string Greet(Title title) => title == Title.Mr ? "Dear Sir" : "Dear Madam";
            }
            """).Of("EL1008"));
    }
}
