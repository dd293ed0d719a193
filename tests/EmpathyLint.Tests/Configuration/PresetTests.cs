using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Tests.Configuration;

/// <summary>The built-in presets load cleanly and change what the same form reports.</summary>
public class PresetTests
{
    /// <summary>Every rule id of the rule list (docs/rules when complete); presets may only name these.</summary>
    private static readonly HashSet<string> RuleList = new()
    {
        "EL0001", "EL0002", "EL0003", "EL0004",
        "EL1001", "EL1002", "EL1003", "EL1004", "EL1005", "EL1006", "EL1007", "EL1008",
        "EL2001", "EL2002", "EL2003", "EL2010", "EL2011", "EL2012", "EL2013", "EL2014", "EL2015", "EL2016",
        "EL3001", "EL3002", "EL3003", "EL3004", "EL3005", "EL3006", "EL3007", "EL3008", "EL3009", "EL3010",
        "EL4001", "EL4002", "EL5001", "EL5002",
    };

    public static TheoryData<string> Presets()
    {
        var data = new TheoryData<string>();
        foreach (var name in ConfigLoader.PresetNames) data.Add(name);
        return data;
    }

    private static LintConfiguration Config(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "empathylint.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Configuration;
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_loads_without_problems_and_names_only_real_rules(string name)
    {
        var result = ConfigLoader.Preset(name);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(File.Exists(RepoPaths.Combine("rules", "presets", name + ".yaml")));
        var root = (YamlMappingNode)EmpathyLint.Yaml.YamlDoc.Parse(ConfigLoader.PresetText(name), name)!;
        if (EmpathyLint.Yaml.YamlDoc.Child(root, "rules") is YamlMappingNode rules)
        {
            foreach (var key in rules.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).Where(k => k != "*"))
            {
                Assert.Contains(key, RuleList);
            }
        }
    }

    [Fact]
    public void Every_preset_file_is_a_built_in_preset()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("rules", "presets"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n);
        Assert.Equal(ConfigLoader.PresetNames.OrderBy(n => n), files);
    }

    [Fact]
    public void Recommended_is_the_catalog_defaults_even_after_another_preset()
    {
        var config = Config("extends: [minimal, recommended]\n");
        foreach (var rule in RuleCatalog.Default.Rules) Assert.Equal(rule.DefaultSeverity, config.SeverityOf(rule.Id));
    }

    [Fact]
    public void Minimal_keeps_only_the_rules_it_lists()
    {
        var config = ConfigLoader.Preset("minimal").Configuration;
        var kept = new[] { "EL0001", "EL0002", "EL0003", "EL0004", "EL1001", "EL1004", "EL2001", "EL2010", "EL3002", "EL3004", "EL5002" };
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            Assert.Equal(kept.Contains(rule.Id) ? rule.DefaultSeverity : Severity.Off, config.SeverityOf(rule.Id));
        }
    }

    [Fact]
    public void Strict_reports_nothing_below_warning()
    {
        var config = ConfigLoader.Preset("strict").Configuration;
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var severity = config.SeverityOf(rule.Id);
            Assert.True(severity == Severity.Off || severity >= Severity.Warning, $"{rule.Id} is {severity} under strict");
        }
        Assert.Equal(Severity.Warning, config.SeverityOf("EL0004"));
    }

    [Fact]
    public void Strict_raises_an_info_finding_to_a_warning()
    {
        const string Form = """
            <label for="sex">Sex</label>
            <!-- empathylint-disable-next-line EL1001 -->
            <select id="sex" name="sex"><option>Female</option><option>Male</option></select>
            """;
        var recommended = Assert.Single(Lint.Html(Form).Of("EL0004"));
        var strict = Assert.Single(Lint.Html(Form, Config("extends: strict\n")).Of("EL0004"));
        Assert.Equal(("EL0004", Severity.Info, "EL0004", Severity.Warning), (recommended.RuleId, recommended.Severity, strict.RuleId, strict.Severity));
    }

    [Fact]
    public void Clinical_accepts_a_question_about_sex_but_still_judges_gender()
    {
        const string Sex = """
            <form>
              <label for="sex">Sex registered at birth</label>
              <select id="sex" name="sex"><option>Female</option><option>Male</option></select>
            </form>
            """;
        Assert.Equal(new[] { "3:3" }, Lint.Html(Sex).At("EL1001"));
        var clinical = Config("extends: clinical\n");
        Assert.Empty(Lint.Html(Sex, clinical).Of("EL1001"));
        var gender = Sex.Replace("Sex registered at birth", "Gender").Replace("\"sex\"", "\"gender\"");
        Assert.Equal(new[] { "3:3" }, Lint.Html(gender, clinical).At("EL1001"));
    }

    [Fact]
    public void Minimal_then_a_project_rule_turns_one_rule_back_on()
    {
        var config = Config("extends: minimal\nrules:\n  EL0003: off\n");
        Assert.Equal(Severity.Off, config.SeverityOf("EL0003"));
        Assert.Equal(Severity.Warning, config.SeverityOf("EL1001"));
    }

    [Fact]
    public void Minimal_drops_the_less_certain_rules_that_recommended_reports()
    {
        const string Form = """
            <form>
              <label for="dob">Date of birth</label>
              <input id="dob" name="dob" type="date">
            </form>
            """;
        Assert.Equal(new[] { "3:3" }, Lint.Html(Form).At("EL3003"));
        Assert.Empty(Lint.Html(Form, Config("extends: minimal\n")));
    }

    [Fact]
    public void Equality_monitoring_lowers_special_category_findings_and_raises_missing_prefer_not_to_say()
    {
        const string Form = """
            <form>
              <fieldset>
                <legend>What is your religion?</legend>
                <label><input type="radio" name="religion" value="none"> No religion</label>
                <label><input type="radio" name="religion" value="christian"> Christian</label>
                <label><input type="radio" name="religion" value="muslim"> Muslim</label>
              </fieldset>
            </form>
            """;
        var recommended = Lint.Html(Form);
        var monitoring = Lint.Html(Form, Config("extends: equality-monitoring\n"));
        Assert.Equal((Severity.Warning, Severity.Info), (recommended.Of("EL3001").Single().Severity, monitoring.Of("EL3001").Single().Severity));
        Assert.Equal((Severity.Warning, Severity.Error), (recommended.Of("EL1003").Single().Severity, monitoring.Of("EL1003").Single().Severity));
        Assert.Equal(recommended.Select(f => (f.RuleId, f.Span.StartLine, f.Span.StartColumn)), monitoring.Select(f => (f.RuleId, f.Span.StartLine, f.Span.StartColumn)));
    }

    [Fact]
    public void Clinical_accepts_a_required_sex_question_but_not_a_required_gender_question()
    {
        const string Form = """
            <form>
              <label for="sex">Sex registered at birth</label>
              <select id="sex" name="sex" required><option value="">Select</option><option>Female</option><option>Male</option></select>
              <label for="gender">Gender</label>
              <select id="gender" name="gender" required><option value="">Select</option><option>Woman</option><option>Man</option><option>Non-binary</option></select>
            </form>
            """;
        var clinical = Config("extends: clinical\n");
        Assert.Equal(new[] { "3:31", "5:37" }, Lint.Html(Form).At("EL1004"));
        Assert.Equal(new[] { "5:37" }, Lint.Html(Form, clinical).At("EL1004"));
    }

    [Fact]
    public void Strict_turns_on_the_closed_title_rule()
    {
        const string Form = """
            <form>
              <label for="title">Title</label>
              <select id="title" name="title"><option value="">None</option><option>Mr</option><option>Mrs</option><option>Ms</option><option>Mx</option></select>
            </form>
            """;
        Assert.Empty(Lint.Html(Form).Of("EL2003"));
        var finding = Assert.Single(Lint.Html(Form, Config("extends: strict\n")).Of("EL2003"));
        Assert.Equal((3, 3, Severity.Warning), (finding.Span.StartLine, finding.Span.StartColumn, finding.Severity));
    }
}
