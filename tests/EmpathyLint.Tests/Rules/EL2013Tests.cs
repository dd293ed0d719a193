using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2013Tests
{
    [Fact]
    public void Required_last_name_is_reported_at_the_required_attribute()
    {
        var findings = Lint.Html("""
            <form>
              <label for="l">Last name</label>
              <input id="l" name="lastName" required>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2013"));
        Assert.Equal((3, 33, 3, 41), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("'Last name' is required: many people have only one name, so let them leave the family name empty", finding.Message);
    }

    [Theory]
    [InlineData("""<label>Apellidos <input name="apellidos" aria-required="true"></label>""")]
    [InlineData("""<label>Nom de famille <input name="nom" required></label>""")]
    [InlineData("""<label>Surname <input name="surname" autocomplete="family-name" required></label>""")]
    public void Other_languages_and_wordings_are_reported(string html)
    {
        Assert.Single(Lint.Html(html).Of("EL2013"));
    }

    [Fact]
    public void Required_attribute_on_a_model_member_is_reported()
    {
        var findings = Lint.CSharp("""
            public class InputModel
            {
                [Required]
                public string LastName { get; set; }

                [Required]
                public string FirstName { get; set; }
            }

            public record ApplicantForm([property: Required] string FamilyName, string? GivenName);

            public class InputModelValidator : AbstractValidator<InputModel>
            {
                public InputModelValidator()
                {
                    RuleFor(x => x.LastName).NotEmpty().MaximumLength(100);
                }
            }
            """);
        Assert.Equal(new[] { "3:6", "10:40", "16:34" }, findings.At("EL2013"));
    }

    [Theory]
    [InlineData("""<label>Last name <input name="lastName"></label>""")]
    [InlineData("""<label>First name <input name="firstName" required></label>""")]
    [InlineData("""<label>Pet's surname <input name="petSurname" required></label>""")]
    public void Optional_family_names_other_parts_and_animals_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2013"));
    }
}
