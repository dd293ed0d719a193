using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL5002Tests
{
    [Fact]
    public void Gender_token_is_reported_at_the_attribute_with_the_standard_token()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Gender</legend>
            <label><input type="radio" name="g" value="w" autocomplete="gender"> Woman</label>
            <label><input type="radio" name="g" value="m"> Man</label>
            </fieldset>
            """);
        var finding = Assert.Single(findings.Of("EL5002"));
        Assert.Equal((2, 47, 2, 68), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("autocomplete=\"gender\": 'gender' is not an autofill field name in the HTML standard: use autocomplete=\"sex\"", finding.Message);
        Assert.Equal("sex", finding.Properties["suggestion"]);
    }

    [Theory]
    [InlineData("dob", "bday")]
    [InlineData("birthday", "bday")]
    [InlineData("firstname", "given-name")]
    [InlineData("first_name", "given-name")]
    [InlineData("givenname", "given-name")]
    [InlineData("pronouns", "off")]
    [InlineData("shipping zip", "shipping postal-code")]
    public void Invented_and_misspelt_tokens_get_a_suggestion(string value, string fixedValue)
    {
        var findings = Lint.Html($"""<input name="q" autocomplete="{value}">""");
        var finding = Assert.Single(findings.Of("EL5002"));
        Assert.EndsWith($"use autocomplete=\"{fixedValue}\"", finding.Message);
    }

    [Theory]
    [InlineData("email home", "home", "out of order")]
    [InlineData("work given-name", "work", "only goes before a telephone")]
    [InlineData("on email", "on", "must stand alone")]
    [InlineData("webauthn", "webauthn", "must follow a field name")]
    [InlineData("xyzzy", "xyzzy", "is not an autofill field name")]
    public void Grammar_errors_name_the_token(string value, string token, string problem)
    {
        var finding = Assert.Single(Lint.Html($"""<input name="q" autocomplete="{value}">""").Of("EL5002"));
        Assert.Contains($"'{token}' ", finding.Message);
        Assert.Contains(problem, finding.Message);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("OFF")]
    [InlineData("sex")]
    [InlineData("bday-year")]
    [InlineData("section-parent billing home tel")]
    [InlineData("shipping street-address")]
    [InlineData("username webauthn")]
    [InlineData("mobile email")]
    [InlineData("")]
    public void Valid_tokens_are_not_reported(string value)
    {
        Assert.Empty(Lint.Html($"""<input name="q" autocomplete="{value}">""").Of("EL5002"));
    }

    [Fact]
    public void A_razor_expression_is_not_judged()
    {
        Assert.Empty(Lint.Razor("""<InputText @bind-Value="model.Name" autocomplete="@token" />""").Of("EL5002"));
    }
}
