using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1002Tests
{
    [Fact]
    public void Fixed_other_without_self_describe_is_reported_at_the_select()
    {
        var findings = Lint.Html("""
            <form>
              <label for="gender">Gender</label>
              <select id="gender" name="gender">
                <option>Male</option>
                <option>Female</option>
                <option>Other</option>
                <option>Prefer not to say</option>
              </select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1002"));
        Assert.Equal((3, 3, 3, 37), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Contains("offers 'Other'", finding.Message);
        Assert.Empty(findings.Of("EL1001"));
    }

    [Theory]
    [InlineData("Geschlecht", "Männlich", "Weiblich", "Divers")]
    [InlineData("Genre", "Homme", "Femme", "Non-binaire")]
    [InlineData("Género", "Hombre", "Mujer", "Otro")]
    [InlineData("Geslacht", "Man", "Vrouw", "Anders")]
    [InlineData("Gender", "Woman", "Man", "Non-binary")]
    public void Third_fixed_answer_in_other_languages_is_reported(string legend, string a, string b, string c)
    {
        var findings = Lint.Html($"""
            <form><fieldset><legend>{legend}</legend>
              <label><input type="radio" name="q1" value="1"> {a}</label>
              <label><input type="radio" name="q1" value="2"> {b}</label>
              <label><input type="radio" name="q1" value="3"> {c}</label>
            </fieldset></form>
            """);
        Assert.Equal(new[] { "2:10" }, findings.At("EL1002"));
    }

    [Fact]
    public void Self_describe_answer_is_enough()
    {
        var findings = Lint.Html("""
            <label>Gender <select name="gender"><option>Woman</option><option>Man</option><option>Non-binary</option><option>Prefer to self-describe</option></select></label>
            """);
        Assert.Empty(findings.Of("EL1002"));
    }

    [Fact]
    public void A_gender_text_field_in_the_same_form_is_enough()
    {
        var findings = Lint.Html("""
            <form>
              <fieldset><legend>Gender</legend>
                <label><input type="radio" name="gender" value="w"> Woman</label>
                <label><input type="radio" name="gender" value="m"> Man</label>
                <label><input type="radio" name="gender" value="o"> Other</label>
                <label for="own">Describe your gender</label>
                <input id="own" name="gender-own" autocomplete="sex">
              </fieldset>
            </form>
            """);
        Assert.Empty(findings.Of("EL1002"));
    }

    [Fact]
    public void Binary_questions_are_left_to_EL1001()
    {
        var findings = Lint.Html("""<label>Gender <select name="gender"><option>Male</option><option>Female</option><option>Prefer not to say</option></select></label>""");
        Assert.Empty(findings.Of("EL1002"));
        Assert.Single(findings.Of("EL1001"));
    }

    [Fact]
    public void Sex_registered_at_birth_with_a_purpose_is_not_reported()
    {
        var findings = Lint.Html("""
            <fieldset data-purpose="Clinical: reference ranges for lab results"><legend>Sex registered at birth</legend>
              <label><input type="radio" name="sex" value="f"> Female</label>
              <label><input type="radio" name="sex" value="m"> Male</label>
              <label><input type="radio" name="sex" value="i"> Intersex</label>
            </fieldset>
            """);
        Assert.Empty(findings.Of("EL1002"));
    }

    [Theory]
    [InlineData("""<label for="c">Connector gender</label><select id="c" name="connector"><option>Male</option><option>Female</option><option>Other</option></select>""")]
    [InlineData("""<fieldset><legend>Your pet's sex</legend><label><input type="radio" name="s"> Male</label><label><input type="radio" name="s"> Female</label><label><input type="radio" name="s"> Other</label></fieldset>""")]
    public void Questions_about_things_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL1002"));
    }
}
