using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1007Tests
{
    [Fact]
    public void Transgender_option_is_reported_at_the_option()
    {
        var findings = Lint.Html("""
            <form>
              <label for="g">Gender</label>
              <select id="g" name="gender">
                <option>Male</option>
                <option>Female</option>
                <option>Transgender</option>
              </select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1007"));
        Assert.Equal(6, finding.Span.StartLine);
        Assert.Equal(5, finding.Span.StartColumn);
        Assert.Contains("offers 'Transgender'", finding.Message);
    }

    [Fact]
    public void Each_trans_answer_is_reported_in_other_languages()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Género</legend>
              <label><input type="radio" name="g" value="h"> Hombre</label>
              <label><input type="radio" name="g" value="m"> Mujer</label>
              <label><input type="radio" name="g" value="th"> Hombre trans</label>
              <label><input type="radio" name="g" value="tm"> Mujer trans</label>
            </fieldset>
            """);
        Assert.Equal(2, findings.Of("EL1007").Count);
        Assert.All(findings.Of("EL1007"), f => Assert.Contains(f.Span.StartLine, new[] { 4, 5 }));
    }

    [Fact]
    public void A_separate_trans_status_question_is_not_reported()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Is the gender you identify with the same as your sex registered at birth?</legend>
              <label><input type="radio" name="t" value="y"> Yes</label>
              <label><input type="radio" name="t" value="n"> No</label>
              <label><input type="radio" name="t" value="p"> Prefer not to say</label>
            </fieldset>
            """);
        Assert.Empty(findings.Of("EL1007"));
    }

    [Fact]
    public void Inclusive_gender_question_is_not_reported()
    {
        var findings = Lint.Html("""<label>Gender <select name="gender"><option>Woman</option><option>Man</option><option>Non-binary</option><option>Prefer not to say</option></select></label>""");
        Assert.Empty(findings.Of("EL1007"));
    }

    [Fact]
    public void Questions_about_things_are_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="c">Connector gender</label><select id="c" name="connector"><option>Male</option><option>Female</option><option>Trans</option></select>""").Of("EL1007"));
    }

    [Fact]
    public void CSharp_enum_member_is_reported_at_the_member()
    {
        var findings = Lint.CSharp("""
            public enum Gender
            {
                Male,
                Female,
                Transgender,
            }
            """);
        var finding = Assert.Single(findings.Of("EL1007"));
        Assert.Equal((5, 5, 5, 16), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
    }
}
