using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2011Tests
{
    [Fact]
    public void Minimum_length_above_one_is_reported_at_the_attribute()
    {
        var findings = Lint.Html("""
            <form>
              <label for="l">Last name</label>
              <input id="l" name="lastName" minlength="2">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2011"));
        Assert.Equal((3, 33, 3, 46), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("'Last name' requires at least 2 characters: some people's names are a single letter, such as O or A", finding.Message);
    }

    [Theory]
    [InlineData("Nachname", "3")]
    [InlineData("Prénom", "2")]
    [InlineData("Full name", "4")]
    public void Other_name_parts_and_languages_are_reported(string label, string min)
    {
        Assert.Single(Lint.Html($"""<label>{label} <input name="n" minlength="{min}"></label>""").Of("EL2011"));
    }

    [Fact]
    public void String_length_minimum_on_a_model_member_is_reported_at_the_attribute()
    {
        var findings = Lint.CSharp("""
            public class InputModel
            {
                [StringLength(20, MinimumLength = 2)]
                public string LastName { get; set; }

                [MinLength(3)]
                public string FirstName { get; set; }

                [StringLength(100, MinimumLength = 1)]
                public string MiddleName { get; set; }

                [MinLength(2)]
                public string PetName { get; set; }
            }
            """);
        Assert.Equal(new[] { "3:6", "6:6" }, findings.At("EL2011"));
    }

    [Fact]
    public void Validator_minimum_length_is_reported_at_the_call()
    {
        var findings = Lint.CSharp("""
            public class PersonValidator : AbstractValidator<Person>
            {
                public PersonValidator()
                {
                    RuleFor(x => x.LastName).MinimumLength(2);
                }
            }
            """);
        Assert.Equal(new[] { "5:34" }, findings.At("EL2011"));
    }

    [Theory]
    [InlineData("""<label>Last name <input name="lastName" minlength="1"></label>""")]
    [InlineData("""<label>Password <input name="password" type="password" minlength="10"></label>""")]
    [InlineData("""<label>Your dog's name <input name="dogName" minlength="2"></label>""")]
    public void Minimum_of_one_and_non_names_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2011"));
    }
}
