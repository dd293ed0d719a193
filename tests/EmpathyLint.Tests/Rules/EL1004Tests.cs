using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1004Tests
{
    [Fact]
    public void Required_attribute_is_reported_at_the_attribute()
    {
        var findings = Lint.Html("""
            <form>
              <label for="gender">Gender</label>
              <input id="gender" name="gender" autocomplete="sex" required>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1004"));
        Assert.Equal((3, 55, 3, 63), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("gender", finding.Concept);
        Assert.Contains("makes gender required (the required attribute)", finding.Message);
    }

    [Fact]
    public void Aria_required_on_pronouns_is_reported_at_the_attribute()
    {
        var findings = Lint.Html("""<label for="p">Pronoms</label><input id="p" name="pronoms" aria-required="true">""");
        Assert.Equal(new[] { "1:60" }, findings.At("EL1004"));
    }

    [Fact]
    public void Required_radio_group_is_reported_at_the_first_required_attribute()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Geschlecht</legend>
              <label><input type="radio" name="g" value="m" required> Männlich</label>
              <label><input type="radio" name="g" value="w" required> Weiblich</label>
              <label><input type="radio" name="g" value="d" required> Divers</label>
            </fieldset>
            """);
        Assert.Equal(new[] { "2:49" }, findings.At("EL1004"));
    }

    [Fact]
    public void Optional_questions_are_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="g">Gender (optional)</label><input id="g" name="gender" autocomplete="sex">""").Of("EL1004"));
        Assert.Empty(Lint.Html("""<label for="g">Gender</label><input id="g" name="gender" aria-required="false">""").Of("EL1004"));
    }

    [Fact]
    public void A_required_title_is_left_to_EL2002()
    {
        var findings = Lint.Html("""<label for="t">Title</label><select id="t" name="title" required><option>Mr</option><option>Ms</option><option>Mx</option></select>""");
        Assert.Empty(findings.Of("EL1004"));
    }

    [Theory]
    [InlineData("""<label for="c">Connector gender</label><select id="c" name="connector" required><option>Male</option><option>Female</option></select>""")]
    [InlineData("""<fieldset><legend>Your pet's sex</legend><label><input type="radio" name="s" required> Male</label><label><input type="radio" name="s"> Female</label></fieldset>""")]
    [InlineData("""<label for="e">Email</label><input id="e" name="email" type="email" required>""")]
    public void Other_required_questions_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL1004"));
    }

    [Fact]
    public void CSharp_required_annotation_is_reported_at_the_annotation()
    {
        var findings = Lint.CSharp("""
            public class CustomerForm
            {
                [Required]
                public Gender? Gender { get; set; }

                [Required, Display(Name = "Pronouns")]
                public string? Pronouns { get; set; }
            }
            """);
        var gender = findings.Of("EL1004")[0];
        Assert.Equal((3, 6, 3, 14), (gender.Span.StartLine, gender.Span.StartColumn, gender.Span.EndLine, gender.Span.EndColumn));
        Assert.Contains("[Required]", gender.Message);
        Assert.Equal(new[] { "3:6", "6:6" }, findings.At("EL1004"));
    }

    [Fact]
    public void CSharp_record_parameter_with_a_property_target_is_reported_at_the_attribute()
    {
        var findings = Lint.CSharp("""
            public record ApplicantForm(
                [property: Required] string FamilyName,
                [property: Required] Gender Gender,
                string? GivenName);
            """);
        Assert.Equal(new[] { "3:16" }, findings.At("EL1004"));
    }

    [Fact]
    public void CSharp_validator_not_empty_is_reported_at_the_not_empty_call()
    {
        var findings = Lint.CSharp("""
            public class CustomerValidator : AbstractValidator<CustomerForm>
            {
                public CustomerValidator()
                {
                    RuleFor(x => x.Gender).NotEmpty();
                    RuleFor(x => x.Title).MaximumLength(10);
                    RuleFor(x => x.Sex).NotNull().WithMessage("Required");
                }
            }
            """);
        Assert.Equal(new[] { "5:32", "7:29" }, findings.At("EL1004"));
        Assert.Contains("NotEmpty()", findings.Of("EL1004")[0].Message);
    }

    [Theory]
    [InlineData("public class CustomerForm { public Gender? Gender { get; set; } }")]
    [InlineData("public class Pet { [Required] public PetSex PetSex { get; set; } }")]
    [InlineData("public class Pet { [Required] public Sex Sex { get; set; } }")]
    [InlineData("public class CableOrder { [Required] public ConnectorGender ConnectorGender { get; set; } }")]
    public void CSharp_optional_member_and_non_person_members_are_not_reported(string code)
    {
        Assert.Empty(Lint.CSharp(code).Of("EL1004"));
    }
}
