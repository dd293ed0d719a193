using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Catalog;

/// <summary>The catalog is the single source of truth: every rule is implemented, documented and proven by its own examples.</summary>
public class CatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Default.Rules) data.Add(rule.Id);
        return data;
    }

    [Fact]
    public void Every_catalog_entry_has_an_implementation_and_every_implementation_an_entry()
    {
        var implemented = RuleRegistry.All.Select(r => r.Id).Concat(EmpathyLint.Journeys.JourneyLinter.CrossStepRules.Select(r => r.Id)).ToHashSet();
        implemented.Add("EL0001"); // reported by the engine itself
        var catalogued = RuleCatalog.Default.Rules.Select(r => r.Id).ToHashSet();
        Assert.DoesNotContain(catalogued.Except(implemented), id => !HostRules.Contains(id));
        Assert.Empty(implemented.Except(catalogued));
    }

    /// <summary>The default configuration with off-by-default rules switched on, so their examples are proven too.</summary>
    private static EmpathyLint.Configuration.LintConfiguration EveryRuleOn()
    {
        var configuration = EmpathyLint.Configuration.LintConfiguration.CreateDefault();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            if (configuration.SeverityOf(rule.Id) == EmpathyLint.Model.Severity.Off) configuration.Severities[rule.Id] = EmpathyLint.Model.Severity.Warning;
        }
        return configuration;
    }

    /// <summary>Rules the engine or the configuration loader reports rather than a form rule.</summary>
    private static readonly HashSet<string> HostRules = new() { "EL0001", "EL0002", "EL0003", "EL0004" };

    [Fact]
    public void Ids_are_unique_and_well_formed_and_categories_match_ranges()
    {
        var ids = RuleCatalog.Default.Rules.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            Assert.Matches("^EL[0-6][0-9]{3}$", rule.Id);
            var expected = rule.Id[2] switch { '0' => "tooling", '1' => "gender", '2' => "names", '3' => "minimisation", '4' => "wording", '5' => "autofill", _ => "journeys" };
            Assert.Equal(expected, rule.Category);
            Assert.NotEmpty(rule.Sources);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), rule.Id + " has no rationale");
            Assert.NotEmpty(rule.Engines);
        }
    }

    [Fact]
    public void Needs_review_rules_are_info_so_they_never_fail_a_build_by_default()
    {
        foreach (var rule in RuleCatalog.Default.Rules.Where(r => r.NeedsReview))
        {
            Assert.True(rule.DefaultSeverity == EmpathyLint.Model.Severity.Info, $"{rule.Id} is a needs-review rule but defaults to {rule.DefaultSeverity}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Incorrect_examples_trigger_the_rule(string id)
    {
        var rule = RuleCatalog.Default[id];
        Assert.NotEmpty(rule.Incorrect);
        foreach (var example in rule.Incorrect)
        {
            var findings = Findings(example);
            Assert.True(findings.Any(f => f.RuleId == id), $"{id}: this incorrect example does not trigger it:\n{example.Code}\nFindings: {string.Join("\n", findings)}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Correct_examples_do_not_trigger_the_rule(string id)
    {
        var rule = RuleCatalog.Default[id];
        Assert.NotEmpty(rule.Correct);
        foreach (var example in rule.Correct)
        {
            var findings = Findings(example);
            Assert.False(findings.Any(f => f.RuleId == id), $"{id}: this correct example triggers it:\n{example.Code}\nFindings: {string.Join("\n", findings)}");
        }
    }

    /// <summary>Config examples (language yaml, for EL0002) are loaded as a project config; the others are linted as source.</summary>
    private static List<Finding> Findings(RuleExample example) => example.Language switch
    {
        "yaml" => ConfigLoader.Parse(example.Code, "empathylint.yaml").Problems.Select(p => p.ToFinding(RuleCatalog.Default, example.Code)).ToList(),
        // Files taken as the steps of one journey, for the rules that look across steps (EL6001).
        "journey" => JourneyExample.Lint(example.Code, EveryRuleOn()),
        _ => Lint.Source(example.Code, Lint.PathFor(example.Language), EveryRuleOn()),
    };
}
