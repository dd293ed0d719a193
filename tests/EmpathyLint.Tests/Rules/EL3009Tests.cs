using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3009Tests
{
    [Fact]
    public void Single_choice_ethnicity_with_fixed_other_is_reported()
    {
        var findings = Lint.Html("""
            <fieldset>
              <legend>Ethnicity</legend>
              <label><input type="radio" name="ethnicity" value="a"> Asian</label>
              <label><input type="radio" name="ethnicity" value="o"> Other ethnic group</label>
            </fieldset>
            """);
        var finding = Assert.Single(findings.Of("EL3009"));
        Assert.Equal((3, 10), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.True(finding.NeedsReview);
    }

    [Fact]
    public void Single_select_in_french_is_reported_even_with_a_purpose()
    {
        var findings = Lint.Html("""
            <label for="o">Origine ethnique</label>
            <select id="o" name="origine" data-purpose="Suivi de l'égalité"><option>Européenne</option><option>Autre</option></select>
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3009"));
    }

    [Theory]
    [InlineData("""<label for="e">Ethnicity</label><select id="e" name="ethnicity" multiple><option>Asian</option><option>White</option></select><label for="w">Describe your ethnic group</label><input id="w" name="ethnicityOther">""")]
    [InlineData("""<fieldset><legend>Ethnicity</legend><label><input type="radio" name="ethnicity" value="a"> Asian</label><label><input type="radio" name="ethnicity" value="s"> Prefer to self-describe</label></fieldset>""")]
    [InlineData("""<fieldset><legend>Ethnicity</legend><label><input type="radio" name="ethnicity" value="a"> Asian</label></fieldset><label for="w">Ethnicity in your own words</label><input id="w" name="ethnicityText">""")]
    [InlineData("""<label for="e">Ethnicity</label><input id="e" name="ethnicity">""")]
    [InlineData("""<label for="b">Dog breed</label><select id="b" name="breed"><option>Collie</option></select>""")]
    public void Write_ins_free_text_and_animals_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3009"));
    }
}
