using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL0004Tests
{
    /// <summary>Only EL1001 and the directive rules, so findings of other rules on the same markup do not blur the assertions.</summary>
    private static readonly LintConfiguration Focus = ConfigLoader.Parse("rules:\n  \"*\": off\n  EL1001: warning\n  EL0003: info\n  EL0004: info\n", "empathylint.yaml").Configuration;

    private const string SexSelect = """<select id="sex" name="sex"><option>Female</option><option>Male</option></select>""";

    [Fact]
    public void Directive_without_a_reason_is_reported_but_still_suppresses()
    {
        var findings = Lint.Html($"""
            <label for="sex">Sex</label>
            <!-- empathylint-disable-next-line EL1001 -->
            {SexSelect}
            """, Focus);
        var finding = Assert.Single(findings);
        Assert.Equal(("EL0004", 2, 1, 2, 46), (finding.RuleId, finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("Suppression directive 'empathylint-disable-next-line EL1001' gives no reason: add one after '--' so the next reader knows why the finding is accepted", finding.Message);
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Theory]
    [InlineData("<!-- empathylint-disable-next-line EL1001 -- -->")]
    [InlineData("<!-- empathylint-disable-next-line EL1001 --    -->")]
    public void An_empty_reason_is_no_reason(string directive)
    {
        var findings = Lint.Html($"<label for=\"sex\">Sex</label>\n{directive}\n{SexSelect}", Focus);
        Assert.Equal(new[] { "EL0004" }, findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Razor_directive_without_reason_is_reported()
    {
        var findings = Lint.Razor($"""
            <label for="sex">Sex</label>
            @* empathylint-disable-next-line EL1001 *@
            {SexSelect}
            """, Focus);
        Assert.Equal(new[] { "2:1" }, findings.At("EL0004"));
        Assert.Empty(findings.Of("EL1001"));
    }

    [Fact]
    public void Enable_needs_no_reason()
    {
        var findings = Lint.Html($"""
            <!-- empathylint-disable EL1001 -- legacy block -->
            <label for="sex">Sex</label>
            {SexSelect}
            <!-- empathylint-enable EL1001 -->
            """, Focus);
        Assert.Empty(findings);
    }

    [Fact]
    public void Turned_off_it_is_not_reported()
    {
        var config = ConfigLoader.Parse("rules:\n  \"*\": off\n  EL1001: warning\n  EL0003: info\n", "empathylint.yaml").Configuration;
        Assert.Empty(Lint.Html($"<label for=\"sex\">Sex</label>\n<!-- empathylint-disable-next-line EL1001 -->\n{SexSelect}", config));
    }
}
