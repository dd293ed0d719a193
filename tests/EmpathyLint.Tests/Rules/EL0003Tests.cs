using EmpathyLint.Configuration;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL0003Tests
{
    /// <summary>Only EL1001 and the directive rules, so findings of other rules on the same markup do not blur the assertions.</summary>
    private static readonly LintConfiguration Focus = ConfigLoader.Parse("rules:\n  \"*\": off\n  EL1001: warning\n  EL0003: info\n  EL0004: info\n", "empathylint.yaml").Configuration;

    private const string Email = """<label for="email">Email</label><input id="email" type="email" autocomplete="email">""";

    [Fact]
    public void Directive_that_suppressed_nothing_is_reported_at_the_comment()
    {
        var findings = Lint.Html($"""
            <form>
              <!-- empathylint-disable-next-line EL1001 -- legacy form -->
              {Email}
            </form>
            """, Focus);
        var finding = Assert.Single(findings);
        Assert.Equal(("EL0003", 2, 3, 2, 63), (finding.RuleId, finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("Suppression directive 'empathylint-disable-next-line EL1001' suppressed no finding of EL1001: remove it", finding.Message);
        Assert.Equal(EmpathyLint.Model.Severity.Info, finding.Severity);
    }

    [Fact]
    public void A_directive_for_all_rules_that_covers_nothing_is_reported()
    {
        var findings = Lint.Html($"<!-- empathylint-disable-next-line -- why -->\n{Email}", Focus);
        Assert.Equal("Suppression directive 'empathylint-disable-next-line' suppressed no finding: remove it", Assert.Single(findings).Message);
    }

    [Fact]
    public void An_unknown_rule_id_is_reported_with_the_nearest_id()
    {
        var findings = Lint.Html($"<!-- empathylint-disable-next-line EL1O01 -- why -->\n{Email}", Focus);
        Assert.Equal("Suppression directive 'empathylint-disable-next-line EL1O01' names 'EL1O01', which is not an EmpathyLint rule (did you mean EL1001?)", Assert.Single(findings).Message);
    }

    [Fact]
    public void Tooling_ids_in_a_directive_are_not_counted_as_unused()
    {
        var findings = Lint.Html("""
            <!-- empathylint-disable-next-line EL1001, EL0004 -- why -->
            <label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label>
            """, Focus);
        // EL0004 is a tooling rule: it is never suppressed, so it is not counted as unused either.
        Assert.Empty(findings);
    }

    [Fact]
    public void An_enable_that_ends_no_block_is_reported()
    {
        var findings = Lint.Html($"{Email}\n<!-- empathylint-enable EL1001 -->", Focus);
        var finding = Assert.Single(findings);
        Assert.Equal(("EL0003", 2, "Suppression directive 'empathylint-enable EL1001' ends no empathylint-disable block"), (finding.RuleId, finding.Span.StartLine, finding.Message));
    }

    [Fact]
    public void Turned_off_it_is_not_reported()
    {
        var config = ConfigLoader.Parse("rules:\n  \"*\": off\n  EL1001: warning\n", "empathylint.yaml").Configuration;
        Assert.Empty(Lint.Html($"<!-- empathylint-disable-next-line EL1001 -- why -->\n{Email}", config));
    }
}
