using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Tests.Rules;

public class EL3001Tests
{
    [Fact]
    public void Religion_without_purpose_is_reported_at_the_field_with_its_legal_basis()
    {
        var findings = Lint.Html("""
            <form>
              <label for="religion">Religion</label>
              <select id="religion" name="religion"><option>Christian</option><option>Muslim</option></select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL3001"));
        Assert.Equal((3, 3), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("religion", finding.Concept);
        Assert.StartsWith("'Religion' asks for religion or belief. GDPR Art. 9(1)", finding.Message);
        Assert.False(finding.NeedsReview);
    }

    [Theory]
    [InlineData("Ethnicity", "ethnicity")]
    [InlineData("Sexual orientation", "orientation")]
    [InlineData("Do you have a disability?", "disability")]
    [InlineData("Religión", "religion")]
    [InlineData("Konfession", "konfession")]
    [InlineData("Orientation sexuelle", "orientation")]
    public void Special_categories_in_several_languages_are_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <input id="q" name="{name}">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3001"));
    }

    [Fact]
    public void A_declared_purpose_quiets_it_and_is_kept_on_other_findings()
    {
        var findings = Lint.Html("""
            <fieldset data-purpose="Clinical: your doctor needs this">
              <legend>Have you ever been treated for a mental health condition?</legend>
              <label><input type="radio" name="mh" value="y"> Yes</label>
              <label><input type="radio" name="mh" value="n"> No</label>
            </fieldset>
            """);
        Assert.Empty(findings.Of("EL3001"));
    }

    [Fact]
    public void Reported_once_per_form_and_category()
    {
        var findings = Lint.Html("""
            <form>
              <label for="a">Religion</label><input id="a" name="religion">
              <label for="b">Religion (other)</label><input id="b" name="religionOther">
            </form>
            <form>
              <label for="c">Religion</label><input id="c" name="religion">
            </form>
            """);
        Assert.Equal(new[] { "2:34", "6:34" }, findings.At("EL3001"));
    }

    [Theory]
    [InlineData("""<label for="p">Does your pet have any health conditions?</label><textarea id="p" name="petHealthConditions"></textarea>""")]
    [InlineData("""<form role="search"><label for="c">Religion</label><select id="c" name="category"><option>Christian</option></select></form>""")]
    [InlineData("""<label for="e">Email address</label><input id="e" type="email" name="email" autocomplete="email">""")]
    public void Questions_about_things_or_other_data_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3001"));
    }

    [Fact]
    public void A_model_member_is_judged_like_markup()
    {
        var findings = Lint.CSharp("public class PersonForm { public string Religion { get; set; } }");
        Assert.Equal(new[] { "1:41" }, findings.At("EL3001"));
    }

    [Fact]
    public void Collection_purpose_on_the_member_or_the_model_quiets_it()
    {
        var findings = Lint.CSharp("""
            public class PersonForm
            {
                [CollectionPurpose("Equality Act 2010 monitoring; reported only in aggregate")]
                public string Religion { get; set; }
            }

            [CollectionPurpose("Occupational health referral")]
            public class ReferralForm
            {
                public string HealthConditions { get; set; }
            }

            public class EmployeeForm
            {
                public string Ethnicity { get; set; }
            }
            """);
        Assert.Equal(new[] { "15:19" }, findings.At("EL3001"));
    }

    [Fact]
    public void A_validator_does_not_repeat_the_model_finding()
    {
        var findings = Lint.CSharp("""
            public class PersonForm { public string Religion { get; set; } }

            public class PersonValidator : AbstractValidator<PersonForm>
            {
                public PersonValidator() { RuleFor(x => x.Religion).MaximumLength(50); }
            }
            """);
        Assert.Equal(new[] { "1:41" }, findings.At("EL3001"));
    }
}
