using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Tests.Support;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Tests.Rules;

public class EL3006Tests
{
    [Fact]
    public void Marital_status_is_a_review_finding()
    {
        var findings = Lint.Html("""
            <label for="m">Marital status</label>
            <select id="m" name="maritalStatus"><option>Single</option><option>Married</option></select>
            """);
        var finding = Assert.Single(findings.Of("EL3006"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.True(finding.NeedsReview);
        Assert.StartsWith("Review: 'Marital status' asks for marital status.", finding.Message);
    }

    [Theory]
    [InlineData("Familienstand", "familienstand")]
    [InlineData("Estado civil", "estadoCivil")]
    [InlineData("Annual income", "income")]
    [InlineData("Nationality", "nationality")]
    public void Other_personal_data_in_several_languages_is_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <input id="q" name="{name}">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3006"));
    }

    [Fact]
    public void A_concept_added_in_config_with_this_rule_is_judged_without_code()
    {
        var configuration = new LintConfiguration(RuleCatalog.Default, Vocabulary.Default.Clone());
        configuration.Vocabulary.AddYaml("""
            concepts:
              blood-donor-status:
                terms: { en: [blood donor status] }
                data: { rule: EL3006, legalBasis: "GDPR Art. 5(1)(c)", title: blood donor status }
            """, "empathylint.yaml");
        var findings = new LintEngine(configuration).Lint("form.html", """<label for="b">Blood donor status</label><input id="b" name="donor">""");
        var finding = Assert.Single(findings.Of("EL3006"));
        Assert.Contains("asks for blood donor status", finding.Message);
    }

    [Theory]
    [InlineData("""<label for="i">Bank account (IBAN)</label><input id="i" name="iban" data-purpose="Payroll">""")]
    [InlineData("""<label for="p">Product photo</label><input type="file" id="p" name="productPhoto">""")]
    public void Declared_purposes_and_things_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3006"));
    }
}
