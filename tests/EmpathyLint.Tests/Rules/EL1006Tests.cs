using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1006Tests
{
    [Fact]
    public void Closed_pronoun_select_is_reported_at_the_select()
    {
        var findings = Lint.Html("""
            <form>
              <label for="p">Pronouns</label>
              <select id="p" name="pronouns">
                <option value="">Choose…</option>
                <option>he/him</option>
                <option>she/her</option>
                <option>they/them</option>
              </select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1006"));
        Assert.Equal((3, 3, 3, 34), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Contains("'he/him', 'she/her', 'they/them'", finding.Message);
    }

    [Theory]
    [InlineData("Pronomen", "er/ihm", "sie/ihr")]
    [InlineData("Pronoms", "il", "elle")]
    [InlineData("Pronombres", "él", "ella")]
    [InlineData("Voornaamwoorden", "hij/hem", "zij/haar")]
    public void Closed_pronoun_radios_in_other_languages_are_reported(string legend, string a, string b)
    {
        var findings = Lint.Html($"""
            <form><fieldset><legend>{legend}</legend>
              <label><input type="radio" name="p" value="1"> {a}</label>
              <label><input type="radio" name="p" value="2"> {b}</label>
            </fieldset></form>
            """);
        Assert.Equal(new[] { "2:10" }, findings.At("EL1006"));
    }

    [Fact]
    public void A_self_describe_answer_or_a_pronouns_text_field_is_enough()
    {
        Assert.Empty(Lint.Html("""<label>Pronouns <select name="pronouns"><option>she/her</option><option>they/them</option><option>Let me type</option></select></label>""").Of("EL1006"));
        Assert.Empty(Lint.Html("""
            <form>
              <label>Pronouns <select name="pronouns"><option>she/her</option><option>they/them</option><option>Other</option></select></label>
              <label for="own">Your pronouns</label><input id="own" name="pronouns-own">
            </form>
            """).Of("EL1006"));
    }

    [Fact]
    public void Free_text_pronouns_are_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="p">Pronouns (optional)</label><input id="p" name="pronouns" autocomplete="off">""").Of("EL1006"));
    }

    [Fact]
    public void CSharp_pronouns_enum_is_reported_at_the_enum_name()
    {
        var findings = Lint.CSharp("""
            public enum Pronouns
            {
                HeHim,
                SheHer,
                TheyThem,
            }
            """);
        Assert.Equal(new[] { "1:13" }, findings.At("EL1006"));
    }

    [Fact]
    public void Other_enums_and_free_text_pronouns_are_not_reported()
    {
        Assert.Empty(Lint.CSharp("public enum Colour { Red, Green, Blue }").Of("EL1006"));
        Assert.Empty(Lint.CSharp("public class Profile { public string? Pronouns { get; set; } }").Of("EL1006"));
    }
}
