using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Configuration;

/// <summary>What a researcher changes in the config changes what is reported, without C#.</summary>
public class ConfigEffectTests
{
    private static LintConfiguration Config(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "empathylint.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Configuration;
    }

    private static FormField OnlyField(string html, LintConfiguration configuration) =>
        new LintEngine(configuration).Extract("form.html", html).Forms.SelectMany(f => f.Fields).Single();

    [Fact]
    public void Added_option_words_give_answers_a_meaning()
    {
        const string Form = """
            <label for="g">Gender</label>
            <select id="g" name="gender"><option>Gent</option><option>Lady</option></select>
            """;
        Assert.Empty(Lint.Html(Form).Of("EL1001"));
        var config = Config("""
            vocabulary:
              meanings:
                male: { en: [gent] }
                female: { en: [lady] }
            """);
        Assert.Equal(new[] { "2:1" }, Lint.Html(Form, config).At("EL1001"));
        // The built-in vocabulary is untouched.
        Assert.Empty(Lint.Html(Form).Of("EL1001"));
    }

    [Fact]
    public void An_added_inclusive_answer_is_understood()
    {
        const string Form = """<label for="g">Gender</label><select id="g" name="gender"><option>Woman</option><option>Man</option><option>Two-Spirit</option></select>""";
        Assert.Null(OnlyField(Form, LintConfiguration.CreateDefault()).Options[2].Meaning);
        var config = Config("vocabulary:\n  meanings:\n    non-binary: { en: [two-spirit] }\n");
        Assert.Equal("non-binary", OnlyField(Form, config).Options[2].Meaning);
        Assert.Empty(Lint.Html(Form, config).Of("EL1001"));
    }

    [Fact]
    public void A_new_concept_is_inferred_from_its_terms()
    {
        const string Form = """<label for="lc">Loyalty card number</label><input id="lc" name="loyaltyCard">""";
        Assert.NotEqual("loyalty-card", OnlyField(Form, LintConfiguration.CreateDefault()).Concept);
        var config = Config("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card, loyalty card number], de: [kundenkarte] }
            """);
        Assert.Equal("loyalty-card", OnlyField(Form, config).Concept);
        Assert.Equal("loyalty-card", OnlyField(Form.Replace("Loyalty card number", "Kundenkarte").Replace("loyaltyCard", "kk"), config).Concept);
    }

    [Fact]
    public void A_data_category_carries_its_own_default_severity()
    {
        const string Form = """<label for="lc">Loyalty card number</label><input id="lc" name="loyaltyCard">""";
        var asRule = Config("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card number] }
                  data: { rule: EL3006, title: loyalty card number, legalBasis: "GDPR Art. 5(1)(c)" }
            """);
        Assert.Equal(Severity.Info, Assert.Single(Lint.Html(Form, asRule).Of("EL3006")).Severity);
        var ownSeverity = Config("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card number] }
                  data: { rule: EL3006, title: loyalty card number, legalBasis: "GDPR Art. 5(1)(c)", severity: error }
            """);
        var finding = Assert.Single(Lint.Html(Form, ownSeverity).Of("EL3006"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("loyalty card number", finding.Message);
    }

    [Fact]
    public void A_data_category_severity_must_be_a_severity()
    {
        var result = ConfigLoader.Parse("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card] }
                  data: { rule: EL3006, severity: loud }
            """, "empathylint.yaml");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("data.severity of loyalty-card must be info, warning or error, not 'loud'", problem.Message);
    }

    [Fact]
    public void A_data_category_must_name_a_real_rule()
    {
        var result = ConfigLoader.Parse("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card] }
                  data: { rule: EL3066, title: loyalty card }
            """, "empathylint.yaml");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((5, 21), (problem.Line, problem.Column));
        Assert.StartsWith("unknown rule id 'EL3066' for the data category 'loyalty-card'", problem.Message);
    }

    [Fact]
    public void Unknown_vocabulary_section_and_concept_key_are_reported()
    {
        var result = ConfigLoader.Parse("""
            vocabulary:
              concepts:
                loyalty-card:
                  term: { en: [loyalty card] }
              meaning:
                non-binary: [two-spirit]
            """, "empathylint.yaml");
        Assert.Equal(new[]
        {
            "(4,7) unknown key 'term' in concept 'loyalty-card' (did you mean terms?); allowed keys: group, terms, autocomplete, notFromNames, data",
            "(5,3) unknown key 'meaning' in 'vocabulary' (did you mean meanings?); allowed keys: concepts, meanings, notPerson, gendered, parents, realNames",
        }, result.Problems.Select(p => $"({p.Line},{p.Column}) {p.Message}"));
    }

    [Fact]
    public void A_declared_purpose_for_sex_quiets_EL1001_and_stays_on_other_findings()
    {
        const string Form = """
            <label for="sex">Sex</label>
            <select id="sex" name="sex"><option>Female</option><option>Male</option></select>
            <label for="gender">Gender</label>
            <select id="gender" name="gender"><option>Female</option><option>Male</option></select>
            """;
        Assert.Equal(new[] { "2:1", "4:1" }, Lint.Html(Form).At("EL1001"));
        var config = Config("""
            purposes:
              - concept: sex
                purpose: Laboratory reference ranges depend on sex registered at birth
              - field: gender
                purpose: Addressing letters
            """);
        var finding = Assert.Single(Lint.Html(Form, config).Of("EL1001"));
        Assert.Equal((4, "Addressing letters"), (finding.Span.StartLine, finding.Purpose));
    }

    [Fact]
    public void A_purpose_limited_to_other_paths_does_not_apply()
    {
        const string Form = """<label for="sex">Sex</label><select id="sex" name="sex"><option>Female</option><option>Male</option></select>""";
        var config = Config("purposes:\n  - concept: sex\n    purpose: Clinical care\n    paths: [\"clinic/**\"]\n");
        Assert.Single(Lint.Html(Form, config).Of("EL1001"));
        Assert.Empty(Lint.Source(Form, "clinic/intake.html", config).Of("EL1001"));
    }

    [Fact]
    public void Bad_purposes_are_reported()
    {
        var result = ConfigLoader.Parse("""
            purposes:
              - concept: date-of-brith
                purpose: Age check
              - field: dateOfBirth
              - purpose: Age check
                feild: dateOfBirth
            """, "empathylint.yaml");
        Assert.Equal(new[]
        {
            "(2,14) unknown concept 'date-of-brith' (did you mean date-of-birth?); concepts are listed in rules/vocabulary/concepts.yaml or added under vocabulary.concepts",
            "(4,5) a purpose needs 'purpose': the reason the data is collected, in plain words",
            "(5,5) a purpose needs 'field' (a field name or model member) or 'concept' (such as date-of-birth)",
            "(6,5) unknown key 'feild' in a purpose (did you mean field?); allowed keys: field, concept, purpose, paths",
        }, result.Problems.Select(p => $"({p.Line},{p.Column}) {p.Message}"));
    }

    [Fact]
    public void A_configured_component_is_read_as_a_form_control()
    {
        const string Razor = """
            <AcmeSelect Label="Gender" @bind-Value="model.Gender">
              <AcmeOption Value="m">Male</AcmeOption>
              <AcmeOption Value="f">Female</AcmeOption>
            </AcmeSelect>
            """;
        Assert.Empty(Lint.Razor(Razor).Of("EL1001"));
        var config = Config("components:\n  AcmeSelect: { kind: select, option: AcmeOption, value: Value, label: Label }\n");
        Assert.Equal(new[] { "1:1" }, Lint.Razor(Razor, config).At("EL1001"));
    }

    [Fact]
    public void A_component_with_an_unknown_kind_is_reported()
    {
        var result = ConfigLoader.Parse("components:\n  AcmeSelect: { kind: dropdown }\n", "empathylint.yaml");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, 23), (problem.Line, problem.Column));
        Assert.StartsWith("unknown component kind 'dropdown'; expected text, email, tel, number, date, textarea, select, radio-group, checkbox-group, checkbox, file", problem.Message);
    }

    [Fact]
    public void A_new_data_category_is_judged_by_the_rule_it_names()
    {
        const string Form = """
            <form>
              <label for="lc">Loyalty card number</label>
              <input id="lc" name="loyaltyCard">
            </form>
            """;
        Assert.Empty(Lint.Html(Form).Of("EL3006"));
        var config = Config("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card, loyalty card number] }
                  data: { rule: EL3006, title: loyalty card number, legalBasis: "GDPR Art. 5(1)(c): only what the service needs" }
            """);
        var finding = Assert.Single(Lint.Html(Form, config).Of("EL3006"));
        Assert.Equal(("loyalty-card", 3, 3), (finding.Concept, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("loyalty card number", finding.Message);

        // A declared purpose quiets the needs-review finding.
        var withPurpose = Config("""
            vocabulary:
              concepts:
                loyalty-card:
                  terms: { en: [loyalty card number] }
                  data: { rule: EL3006, title: loyalty card number }
            purposes:
              - concept: loyalty-card
                purpose: Members get points at the till
            """);
        Assert.Empty(Lint.Html(Form, withPurpose).Of("EL3006"));
    }

    [Fact]
    public void A_language_is_added_through_the_config()
    {
        const string Form = """
            <fieldset><legend>Płeć</legend>
              <label><input type="radio" name="plec" value="m"> Mężczyzna</label>
              <label><input type="radio" name="plec" value="k"> Kobieta</label>
            </fieldset>
            """;
        Assert.Empty(Lint.Html(Form).Of("EL1001"));
        var config = Config("""
            vocabulary:
              concepts:
                gender: { terms: { pl: [płeć, tożsamość płciowa] } }
              meanings:
                male: { pl: [mężczyzna] }
                female: { pl: [kobieta] }
            """);
        Assert.Equal(new[] { "2:10" }, Lint.Html(Form, config).At("EL1001"));
        Assert.Equal("gender", Lint.Html(Form, config).Of("EL1001").Single().Concept);
    }

    [Fact]
    public void A_purpose_for_a_model_member_quiets_the_review_finding_in_csharp()
    {
        const string Model = """
            public class CheckoutForm
            {
                public System.DateTime DateOfBirth { get; set; }
            }
            """;
        Assert.Equal(new[] { "3:28" }, Lint.CSharp(Model).At("EL3003"));
        var config = Config("purposes:\n  - field: dateOfBirth\n    purpose: Age check for alcohol sales\n");
        Assert.Empty(Lint.CSharp(Model, config).Of("EL3003"));
    }
}
