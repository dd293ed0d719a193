using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3005Tests
{
    [Fact]
    public void Conviction_question_is_reported_at_the_group()
    {
        var findings = Lint.Html("""
            <fieldset>
              <legend>Have you ever been convicted of a criminal offence?</legend>
              <label><input type="radio" name="criminalConviction" value="yes"> Yes</label>
              <label><input type="radio" name="criminalConviction" value="no"> No</label>
            </fieldset>
            """);
        var finding = Assert.Single(findings.Of("EL3005"));
        Assert.Equal((3, 10), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("GDPR Art. 10", finding.Message);
    }

    [Theory]
    [InlineData("Casier judiciaire", "casier")]
    [InlineData("Criminal record", "record")]
    public void Criminal_records_by_label_are_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="c">{label}</label>
            <textarea id="c" name="{name}"></textarea>
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3005"));
    }

    [Fact]
    public void A_declared_legal_basis_quiets_it()
    {
        Assert.Empty(Lint.Html("""<label for="c">Criminal record</label><textarea id="c" name="record" data-purpose="Regulated role: DBS check"></textarea>""").Of("EL3005"));
    }

    [Fact]
    public void Other_records_are_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="m">Medical device record number</label><input id="m" name="deviceRecord">""").Of("EL3005"));
    }
}
