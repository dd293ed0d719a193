using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3002Tests
{
    [Fact]
    public void Social_security_number_is_reported_with_its_legal_basis()
    {
        var findings = Lint.Html("""
            <form>
              <label for="ssn">Social Security number</label>
              <input type="text" id="ssn" name="ssn" required>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL3002"));
        Assert.Equal((3, 3, 3, 51), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("national-id", finding.Concept);
        Assert.Contains("GDPR Art. 87", finding.Message);
    }

    [Theory]
    [InlineData("National Insurance number", "ni")]
    [InlineData("Passport number", "passport")]
    [InlineData("Steuer-Identifikationsnummer", "steuerId")]
    [InlineData("Número de la Seguridad Social", "nss")]
    [InlineData("q", "nationalInsuranceNumber")]
    public void National_identifiers_by_label_or_name_are_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <input id="q" name="{name}">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3002"));
    }

    [Fact]
    public void A_declared_purpose_quiets_it()
    {
        Assert.Empty(Lint.Html("""<label for="n">National Insurance number</label><input id="n" name="ni" data-purpose="Payroll: PAYE reporting">""").Of("EL3002"));
    }

    [Theory]
    [InlineData("""<label for="s">Router serial number</label><input id="s" name="serialNumber">""")]
    [InlineData("""<label for="m">Membership number</label><input id="m" name="memberId">""")]
    public void Numbers_that_are_not_national_identifiers_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3002"));
    }
}
