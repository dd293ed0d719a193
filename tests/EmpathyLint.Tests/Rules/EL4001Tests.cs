using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL4001Tests
{
    [Fact]
    public void Term_in_a_hint_is_reported_at_the_hint()
    {
        var findings = Lint.Html("""
            <label for="m">Line manager</label>
            <input id="m" name="manager" aria-describedby="mh">
            <p id="mh" class="hint">Your manager approves it on his/her dashboard.</p>
            """);
        var finding = Assert.Single(findings.Of("EL4001"));
        Assert.Equal((3, 1, 3, 25), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("'his/her' → 'their' (in the hint of 'Line manager')", finding.Message);
        Assert.Equal("their", finding.Properties["alternative"]);
    }

    [Fact]
    public void Term_in_a_label_or_placeholder_is_reported_at_the_field()
    {
        var findings = Lint.Html("""
            <label for="c">Chairman</label>
            <input id="c" name="chair" placeholder="Name of the chairman">
            """);
        var finding = Assert.Single(findings.Of("EL4001"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("'chairman' →", finding.Message);
        Assert.Contains("(in the label of 'Chairman')", finding.Message);
    }

    [Fact]
    public void Term_in_an_answer_is_reported_at_the_answer()
    {
        var findings = Lint.Html("""
            <label for="r">Relationship to you</label>
            <select id="r" name="relationship">
              <option>Husband/wife</option>
              <option>Partner</option>
            </select>
            """);
        Assert.Equal(new[] { "3:3" }, findings.At("EL4001"));
    }

    [Theory]
    [InlineData("Er/sie erhält eine Bestätigung", "er/sie")]
    [InlineData("Il/elle recevra un e-mail", "il/elle")]
    [InlineData("Hij/zij ontvangt een e-mail", "hij/zij")]
    [InlineData("(S)he will get an email", "s/he")]
    public void Other_languages_and_spellings_are_reported(string hint, string term)
    {
        var findings = Lint.Html($"""
            <label for="e">Contact</label>
            <input id="e" name="contact" aria-describedby="h">
            <p id="h">{hint}</p>
            """);
        var finding = Assert.Single(findings.Of("EL4001"));
        Assert.Equal((3, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.StartsWith("'" + term + "' →", finding.Message);
    }

    [Theory]
    [InlineData("""<label for="p">Pronouns</label><input id="p" name="pronouns" aria-describedby="ph"><p id="ph">For example, they/them, she/her or he/him.</p>""")]
    [InlineData("""<fieldset><legend>Pronouns</legend><label><input type="radio" name="pronouns" value="he"> he/him</label><label><input type="radio" name="pronouns" value="she"> she/her</label><label><input type="radio" name="pronouns" value="they"> they/them</label></fieldset>""")]
    [InlineData("""<label for="h">Hint</label><input id="h" name="note" aria-describedby="x"><p id="x">Tell us if she needs a ramp.</p>""")]
    [InlineData("""<label for="p">Partner's name</label><input id="p" name="partnerName">""")]
    public void Pronoun_answers_examples_and_neutral_words_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL4001"));
    }
}
