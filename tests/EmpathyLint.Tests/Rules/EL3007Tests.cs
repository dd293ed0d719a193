using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3007Tests
{
    [Fact]
    public void Required_national_identifier_is_reported_at_the_required_attribute()
    {
        var findings = Lint.Html("""
            <label for="ssn">Social Security number</label>
            <input id="ssn" name="ssn" required>
            """);
        var finding = Assert.Single(findings.Of("EL3007"));
        Assert.Equal((2, 28, 2, 36), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Contains("makes national identifier required", finding.Message);
    }

    [Fact]
    public void Reported_even_with_a_declared_purpose()
    {
        var findings = Lint.Html("""
            <label for="r">Religione</label>
            <input id="r" name="religione" aria-required="true" data-purpose="Monitoraggio">
            """);
        Assert.Equal(new[] { "2:32" }, findings.At("EL3007"));
        Assert.Empty(findings.Of("EL3001"));
        Assert.Equal("Monitoraggio", findings.Of("EL3007")[0].Purpose);
    }

    [Fact]
    public void A_required_day_month_year_date_of_birth_is_one_finding()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Date of birth</legend>
            <input name="dob-day" aria-label="Day" required>
            <input name="dob-month" aria-label="Month" required>
            </fieldset>
            """);
        Assert.Equal(new[] { "2:40" }, findings.At("EL3007"));
    }

    [Theory]
    [InlineData("""<label for="e">Email address</label><input type="email" id="e" name="email" required>""")]
    [InlineData("""<label for="r">Religion (optional)</label><input id="r" name="religion">""")]
    [InlineData("""<label for="p">Pet's date of birth</label><input type="date" id="p" name="petDob" required>""")]
    public void Optional_sensitive_questions_and_other_required_fields_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3007"));
    }

    [Fact]
    public void CSharp_required_sensitive_member_is_reported_at_the_annotation_or_the_validator_call()
    {
        var findings = Lint.CSharp("""
            public class PersonForm
            {
                [Required]
                public string? Religion { get; set; }
                public string? Ethnicity { get; set; }
                [Required]
                public string? Email { get; set; }
            }

            public class PersonValidator : AbstractValidator<PersonForm>
            {
                public PersonValidator()
                {
                    RuleFor(x => x.Ethnicity).NotEmpty();
                }
            }
            """);
        Assert.Equal(new[] { "3:6", "14:35" }, findings.At("EL3007"));
    }
}
