using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2014Tests
{
    [Fact]
    public void Required_middle_name_is_reported_at_the_required_attribute()
    {
        var findings = Lint.Html("""
            <form>
              <label for="m">Middle name</label>
              <input id="m" name="middleName" required>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2014"));
        Assert.Equal((3, 35, 3, 43), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("'Middle name' is required: many people have no middle name", finding.Message);
    }

    [Theory]
    [InlineData("""<label>Zweiter Vorname <input name="zweiterVorname" required></label>""")]
    [InlineData("""<label>Segundo nombre <input name="segundoNombre" aria-required="true"></label>""")]
    [InlineData("""<input name="additional" autocomplete="additional-name" required>""")]
    public void Other_languages_and_the_autocomplete_token_are_reported(string html)
    {
        Assert.Single(Lint.Html(html).Of("EL2014"));
    }

    [Theory]
    [InlineData("""<label>Middle name <input name="middleName"></label>""")]
    [InlineData("""<label>Horse's middle name <input name="horseMiddleName" required></label>""")]
    public void Optional_middle_names_and_animals_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2014"));
    }

    [Fact]
    public void CSharp_required_middle_name_is_reported_at_the_annotation_or_the_validator_call()
    {
        var findings = Lint.CSharp("""
            public class PersonForm
            {
                [Required]
                public string? MiddleName { get; set; }
                public string? MiddleNames { get; set; }
            }

            public class PersonValidator : AbstractValidator<PersonForm>
            {
                public PersonValidator()
                {
                    RuleFor(x => x.MiddleNames).NotNull();
                }
            }
            """);
        Assert.Equal(new[] { "3:6", "12:37" }, findings.At("EL2014"));
    }
}
