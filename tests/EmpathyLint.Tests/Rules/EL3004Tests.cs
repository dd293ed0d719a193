using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3004Tests
{
    [Fact]
    public void A_security_question_select_and_its_answer_are_one_finding_at_the_select()
    {
        var findings = Lint.Html("""
            <form>
              <label for="q">Question</label>
              <select id="q" name="securityQuestion">
                <option>What is your mother's maiden name?</option>
                <option>What was the name of your first pet?</option>
              </select>
              <label for="a">Answer</label>
              <input id="a" name="securityAnswer">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL3004"));
        Assert.Equal((3, 3), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("security-question", finding.Concept);
        Assert.Contains("NIST SP 800-63B", finding.Message);
    }

    [Fact]
    public void A_select_is_a_security_question_by_its_answers_alone()
    {
        var findings = Lint.Html("""
            <label for="q">Pick one</label>
            <select id="q" name="q1">
              <option>Name of your first pet</option>
              <option>Your first school</option>
            </select>
            """);
        var finding = Assert.Single(findings.Of("EL3004"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("security-question", finding.Concept);
    }

    [Theory]
    [InlineData("Mother's maiden name")]
    [InlineData("Nom de jeune fille de votre mère")]
    [InlineData("Mädchenname der Mutter")]
    [InlineData("Nome de solteira da mãe")]
    public void Maiden_name_of_the_mother_is_reported_in_several_languages(string label)
    {
        var findings = Lint.Html($"""
            <label for="m">{label}</label>
            <input id="m" name="m">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3004"));
        Assert.Empty(findings.Of("EL4002"));
    }

    [Theory]
    [InlineData("""<label for="p">Your pet's name</label><input id="p" name="petName">""")]
    [InlineData("""<label for="q">Your question</label><textarea id="q" name="question"></textarea>""")]
    [InlineData("""<label for="s">School</label><select id="s" name="school"><option>Primary</option><option>Secondary</option></select>""")]
    public void Other_questions_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3004"));
    }
}
