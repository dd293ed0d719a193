using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Rules;

/// <summary>EL0002 as a finding in the config file (how a host such as the analyzer reports it); the CLI cases are in Cli/ConfigCommandTests.</summary>
public class EL0002Tests
{
    [Fact]
    public void A_problem_becomes_an_error_finding_at_its_place_in_the_config()
    {
        const string Yaml = "extends: recommended\nrules:\n  EL1O01: warning\n";
        var problem = Assert.Single(ConfigLoader.Parse(Yaml, "empathylint.yaml").Problems);
        var finding = problem.ToFinding(RuleCatalog.Default, Yaml);
        Assert.Equal(("EL0002", Severity.Error, "empathylint.yaml", 3, 3), (finding.RuleId, finding.Severity, finding.Path, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal(Yaml.IndexOf("EL1O01", StringComparison.Ordinal), finding.Span.Start);
        Assert.Equal("Configuration is invalid: unknown rule id 'EL1O01' (did you mean EL1001?); run 'empathylint rules' for the list", finding.Message);
    }

    [Fact]
    public void The_catalog_entry_is_an_error_on_every_engine()
    {
        var rule = RuleCatalog.Default["EL0002"];
        Assert.Equal((Severity.Error, "tooling"), (rule.DefaultSeverity, rule.Category));
        Assert.Equal(new[] { "html", "razor", "csharp" }, rule.Engines);
    }

    [Fact]
    public void A_valid_config_has_no_problem()
    {
        Assert.Empty(ConfigLoader.Parse("extends: [strict]\nrules:\n  EL1001: error\nignores: [\"wwwroot/lib/**\"]\n", "empathylint.yaml").Problems);
    }
}
