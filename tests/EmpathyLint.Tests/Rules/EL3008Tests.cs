using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3008Tests
{
    [Fact]
    public void Gender_question_without_hint_is_a_review_finding()
    {
        var findings = Lint.Html("""
            <label for="g">Gender</label>
            <select id="g" name="gender"><option>Woman</option><option>Man</option><option>Non-binary</option></select>
            """);
        var finding = Assert.Single(findings.Of("EL3008"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.True(finding.NeedsReview);
        Assert.Equal("Review: 'Gender' asks for gender without saying why: add a hint (aria-describedby) that explains what the answer is used for", finding.Message);
    }

    [Theory]
    [InlineData("Religion", "religion")]
    [InlineData("National Insurance number", "ni")]
    [InlineData("Criminal record", "record")]
    [InlineData("Marital status", "marital")]
    [InlineData("Geslacht", "geslacht")]
    public void Sensitive_questions_without_explanation_are_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <input id="q" name="{name}">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3008"));
    }

    [Fact]
    public void A_hint_on_the_group_explains_its_self_describe_box_too()
    {
        var findings = Lint.Html("""
            <fieldset aria-describedby="gh">
              <legend>Gender</legend>
              <p id="gh" class="hint">So we can address you correctly.</p>
              <label><input type="radio" name="gender" value="w"> Woman</label>
              <label><input type="radio" name="gender" value="s"> Prefer to self-describe</label>
              <label for="gs">Describe your gender</label>
              <input id="gs" name="genderSelfDescribe" autocomplete="sex">
            </fieldset>
            """);
        Assert.Empty(findings.Of("EL3008"));
    }

    [Theory]
    [InlineData("""<label for="r">Religion</label><input id="r" name="religion" aria-describedby="rh"><p id="rh">We use this to check our service is fair.</p>""")]
    [InlineData("""<label for="r">Religion</label><input id="r" name="religion" data-purpose="Equality monitoring">""")]
    [InlineData("""<label for="d">Date of birth</label><input type="date" id="d" name="dob">""")]
    [InlineData("""<label for="q">Security question</label><select id="q" name="securityQuestion"><option>First pet</option></select>""")]
    [InlineData("""<label for="c">Connector gender</label><select id="c" name="connector"><option>Male</option><option>Female</option></select>""")]
    public void Explained_questions_dates_of_birth_security_questions_and_things_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3008"));
    }
}
