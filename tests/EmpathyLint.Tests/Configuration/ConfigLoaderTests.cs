using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Configuration;

/// <summary>Every bad config is an EL0002 problem with file, line, column and what is wrong; good ones apply in order.</summary>
public class ConfigLoaderTests
{
    private static ConfigProblem SingleProblem(string yaml, RuleCatalog? catalog = null)
    {
        var result = ConfigLoader.Parse(yaml, "empathylint.yaml", catalog);
        Assert.False(result.Succeeded, "expected a problem");
        return Assert.Single(result.Problems);
    }

    private static (int, int, string) Where(ConfigProblem p) => (p.Line, p.Column, p.Message);

    [Fact]
    public void Unknown_rule_id_suggests_the_nearest_id()
    {
        var problem = SingleProblem("""
            extends: recommended
            rules:
              EL1O01: warning
            """);
        Assert.Equal((3, 3, "unknown rule id 'EL1O01' (did you mean EL1001?); run 'empathylint rules' for the list"), Where(problem));
        Assert.Equal("empathylint.yaml(3,3): error EL0002: unknown rule id 'EL1O01' (did you mean EL1001?); run 'empathylint rules' for the list", problem.ToString());
    }

    [Fact]
    public void Bad_severity_names_the_allowed_values()
    {
        var problem = SingleProblem("""
            rules:
              EL1001: warn
            """);
        Assert.Equal((2, 11, "bad severity 'warn' for EL1001 (did you mean warning?); expected off, info, warning, error or default"), Where(problem));
    }

    [Fact]
    public void Bad_severity_inside_a_rule_mapping_is_reported_at_the_value()
    {
        var problem = SingleProblem("""
            rules:
              EL1001:
                severity: loud
            """);
        Assert.Equal((3, 15), (problem.Line, problem.Column));
        Assert.StartsWith("bad severity 'loud' for EL1001", problem.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_where_the_parser_stops()
    {
        var problem = SingleProblem("rules:\n  EL1001: warning\n   EL1004: off\n");
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("invalid YAML: ", problem.Message);
    }

    [Fact]
    public void Unknown_top_level_key_lists_the_allowed_keys()
    {
        var problem = SingleProblem("""
            extends: recommended
            rule:
              EL1001: off
            """);
        Assert.Equal((2, 1, "unknown key 'rule' (did you mean rules?); allowed keys: extends, rules, minimumSeverity, vocabulary, purposes, components, ignores, personas, journeys"), Where(problem));
    }

    [Fact]
    public void Unknown_key_in_a_rule_entry_lists_severity_and_options()
    {
        var problem = SingleProblem("""
            rules:
              EL1001:
                severty: error
            """);
        Assert.Equal((3, 5, "unknown key 'severty' in EL1001 (did you mean severity?); allowed keys: severity, options"), Where(problem));
    }

    [Fact]
    public void Unknown_option_names_the_rules_options()
    {
        var problem = SingleProblem("""
            rules:
              EL1001:
                options: { allowSex: true }
            """);
        Assert.Equal((3, 16, "unknown option 'allowSex' for EL1001 (did you mean allowSexAtBirth?); options of EL1001: allowSexAtBirth"), Where(problem));
    }

    [Fact]
    public void Option_of_the_wrong_type_is_reported()
    {
        var problem = SingleProblem("""
            rules:
              EL1001:
                options:
                  allowSexAtBirth: sometimes
            """);
        Assert.Equal((4, 24, "option 'allowSexAtBirth' of EL1001 must be true or false"), Where(problem));
    }

    [Fact]
    public void Unknown_preset_suggests_the_nearest_preset()
    {
        var problem = SingleProblem("extends: strcit\n");
        Assert.Equal((1, 10, "unknown preset 'strcit' (did you mean strict?); built-in presets are minimal, recommended, strict, clinical, equality-monitoring, or give a relative path to a .yaml file"), Where(problem));
    }

    [Fact]
    public void Wrong_types_are_reported_for_each_section()
    {
        var result = ConfigLoader.Parse("""
            extends: { name: strict }
            rules: [EL1001]
            minimumSeverity: loud
            purposes: { dateOfBirth: age check }
            components: [AcmeSelect]
            ignores: { a: b }
            vocabulary: [two-spirit]
            """, "empathylint.yaml");
        Assert.Equal(new[]
        {
            "(1,10) 'extends' must be a preset name, a relative path, or a list of them",
            "(2,8) 'rules' must be a mapping of rule id to severity (off, info, warning, error, default) or to { severity, options }",
            "(3,18) 'minimumSeverity' must be info, warning or error",
            "(4,11) 'purposes' must be a list of { field or concept, purpose, paths }",
            "(5,13) 'components' must be a mapping of component name to { kind, option, value, text, label, items }",
            "(6,10) 'ignores' must be a list of text values",
            "(7,13) 'vocabulary' must be a mapping with sections concepts, meanings, notPerson, gendered, parents, realNames",
        }, result.Problems.Select(p => $"({p.Line},{p.Column}) {p.Message}"));
    }

    [Fact]
    public void Invalid_regex_is_reported_where_an_option_takes_a_regex()
    {
        // No built-in option takes a regex today; a catalog with one proves the check.
        var rule = new RuleDescriptor { Id = "EL2010", Title = "Name validation rejects real names", Category = "names", DefaultSeverity = Severity.Warning };
        rule.Options.Add(new RuleOption { Name = "acceptedPattern", Type = "regex", Default = "" });
        var catalog = new RuleCatalog(new[] { rule, RuleCatalog.Default["EL0002"] });
        var problem = SingleProblem("""
            rules:
              EL2010:
                options:
                  acceptedPattern: "[A-Z"
            """, catalog);
        Assert.Equal((4, 24), (problem.Line, problem.Column));
        Assert.StartsWith("option 'acceptedPattern' of EL2010 is not a valid regular expression: ", problem.Message);
        Assert.True(ConfigLoader.Parse("rules:\n  EL2010:\n    options: { acceptedPattern: \"^[\\\\p{L}' -]+$\" }\n", "empathylint.yaml", catalog).Succeeded);
    }

    [Fact]
    public void EL0002_cannot_be_lowered()
    {
        var problem = SingleProblem("rules:\n  EL0002: warning\n");
        Assert.Equal((2, 11, "EL0002 reports problems in the configuration itself and is always an error"), Where(problem));
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first_from_top_to_bottom()
    {
        var result = ConfigLoader.Parse("""
            rules:
              EL1001: loud
              EL9999: off
            colour: blue
            """, "empathylint.yaml");
        Assert.Equal(new[] { 2, 3, 4 }, result.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Severities_and_options_apply_and_star_comes_first_whatever_the_order()
    {
        var result = ConfigLoader.Parse("""
            rules:
              EL1001:
                severity: error
                options: { allowSexAtBirth: true }
              "*": off
            """, "empathylint.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var config = result.Configuration;
        Assert.Equal(Severity.Error, config.SeverityOf("EL1001"));
        Assert.Equal("true", config.Option("EL1001", "allowSexAtBirth"));
        Assert.Equal(Severity.Off, config.SeverityOf("EL0001"));
        Assert.Equal(Severity.Error, config.SeverityOf("EL0002"));
    }

    [Fact]
    public void An_empty_file_is_the_defaults()
    {
        var result = ConfigLoader.Parse("# nothing yet\n", "empathylint.yaml");
        Assert.True(result.Succeeded);
        Assert.Equal(Severity.Warning, result.Configuration.SeverityOf("EL1001"));
    }

    [Fact]
    public void A_config_that_is_not_a_mapping_is_reported()
    {
        var problem = SingleProblem("- recommended\n");
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.StartsWith("the config must be a mapping with keys extends, rules", problem.Message);
    }
}
