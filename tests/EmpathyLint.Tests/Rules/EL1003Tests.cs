using System.Text.RegularExpressions;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Tests.Rules;

public class EL1003Tests
{
    [Fact]
    public void Radio_group_without_prefer_not_to_say_is_reported_at_the_group_with_a_fix_hint()
    {
        var findings = Lint.Html("""
            <form>
              <fieldset><legend>Gender</legend>
                <label><input type="radio" name="gender" value="w"> Woman</label>
                <label><input type="radio" name="gender" value="m"> Man</label>
                <label><input type="radio" name="gender" value="nb"> Non-binary</label>
              </fieldset>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1003"));
        Assert.Equal((3, 12), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("add-prefer-not-to-say", finding.Properties["fix"]);
        Assert.Equal("gender", finding.Concept);
        Assert.Contains("asks about gender", finding.Message);
    }

    [Theory]
    [InlineData("Religion", "No religion", "Christian", "Muslim")]
    [InlineData("Sexual orientation", "Straight or heterosexual", "Gay or lesbian", "Bisexual")]
    [InlineData("Ethnic group", "Asian", "Black", "White")]
    [InlineData("Marital status", "Single", "Married", "Divorced")]
    [InlineData("Religión", "Ninguna", "Cristiana", "Musulmana")]
    [InlineData("Familienstand", "Ledig", "Verheiratet", "Geschieden")]
    public void Other_sensitive_selects_are_reported(string label, string a, string b, string c)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <select id="q" name="q"><option value="">Select</option><option>{a}</option><option>{b}</option><option>{c}</option></select>
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL1003"));
    }

    [Theory]
    [InlineData("Prefer not to say")]
    [InlineData("Keine Angabe")]
    [InlineData("Prefiero no decirlo")]
    [InlineData("Zeg ik liever niet")]
    public void A_decline_answer_in_any_language_satisfies_the_rule(string decline)
    {
        var findings = Lint.Html($"""
            <label>Gender <select name="gender"><option>Woman</option><option>Man</option><option>Non-binary</option><option>{decline}</option></select></label>
            """);
        Assert.Empty(findings.Of("EL1003"));
    }

    [Fact]
    public void Optional_checkbox_group_is_not_reported_but_a_required_one_is()
    {
        const string Group = """
            <fieldset><legend>Disability</legend>
              <label><input type="checkbox" name="disability" value="vision" {0}> Vision</label>
              <label><input type="checkbox" name="disability" value="hearing"> Hearing</label>
            </fieldset>
            """;
        Assert.Empty(Lint.Html(string.Format(Group, "")).Of("EL1003"));
        Assert.Equal(new[] { "2:10" }, Lint.Html(string.Format(Group, "required")).At("EL1003"));
    }

    [Fact]
    public void Free_text_questions_are_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="r">Religion (optional)</label><input id="r" name="religion">""").Of("EL1003"));
    }

    [Theory]
    [InlineData("""<form role="search"><label>Shop for <select name="dept"><option>Men</option><option>Women</option></select></label></form>""")]
    [InlineData("""<fieldset><legend>Your pet's sex</legend><label><input type="radio" name="petsex"> Male</label><label><input type="radio" name="petsex"> Female</label></fieldset>""")]
    [InlineData("""<label for="c">Connector gender</label><select id="c" name="connector"><option>Male</option><option>Female</option></select>""")]
    public void Questions_about_things_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL1003"));
    }

    [Fact]
    public void CSharp_enum_without_a_decline_member_is_reported_at_the_enum_name()
    {
        var findings = CSharpShapes.Lint(CSharpShapes.Enum("""
            public enum MaritalStatus
            {
                Single,
                Married,
                Widowed,
            }
            """));
        var finding = Assert.Single(findings.Of("EL1003"));
        Assert.Equal((1, 13, 1, 26), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("add-prefer-not-to-say", finding.Properties["fix"]);
    }

    [Fact]
    public void CSharp_enum_with_prefer_not_to_say_and_non_person_enums_are_not_reported()
    {
        Assert.Empty(CSharpShapes.Lint(CSharpShapes.Enum("public enum Gender { Woman, Man, NonBinary, PreferNotToSay }")).Of("EL1003"));
        Assert.Empty(CSharpShapes.Lint(CSharpShapes.Enum("public enum PetSex { Male, Female }")).Of("EL1003"));
        Assert.Empty(CSharpShapes.Lint(CSharpShapes.Enum("public enum ConnectorGender { Male, Female }")).Of("EL1003"));
    }
}

/// <summary>
/// C# shapes built by hand the way the C# reader maps them (docs/architecture.md), so the gender rules
/// can be tested on models before and independently of that reader.
/// </summary>
internal static class CSharpShapes
{
    /// <summary>An enum declaration: one Enum form, one Enum field at the enum name, one option per member.</summary>
    public static FormDocument Enum(string code)
    {
        var document = new FormDocument("Model.cs", DocumentKind.CSharp, code);
        var declaration = Regex.Match(code, @"enum\s+(\w+)");
        var name = declaration.Groups[1];
        var nameSpan = document.Span(name.Index, name.Length);
        var form = new Form(FormKind.Enum, nameSpan) { Name = name.Value };
        var field = new FormField(FieldKind.Enum, nameSpan) { Name = name.Value };
        var body = code.IndexOf('{');
        foreach (Match member in Regex.Matches(code.Substring(body), @"\b([A-Z]\w*)\b"))
        {
            var words = string.Join(" ", EmpathyLint.Text.Words.OfIdentifier(member.Value));
            field.Options.Add(new FieldOption(member.Value, words, document.Span(body + member.Index, member.Length)));
        }
        form.Fields.Add(field);
        document.Forms.Add(form);
        return document;
    }

    /// <summary>A model class with one member, optionally marked by an annotation such as <c>[Required]</c>.</summary>
    public static FormDocument Member(string code, string member, FieldKind kind, string? requiredMarker = null)
    {
        var document = new FormDocument("Model.cs", DocumentKind.CSharp, code);
        var type = Regex.Match(code, @"class\s+(\w+)").Groups[1];
        var form = new Form(FormKind.Model, document.Span(type.Index, type.Length)) { Name = type.Value };
        var at = Regex.Match(code, @"\b" + member + @"\s*\{");
        var field = new FormField(kind, document.Span(at.Index, member.Length)) { Name = member, BoundMember = member, OptionsKnown = false };
        if (requiredMarker is not null)
        {
            var r = code.IndexOf(requiredMarker, System.StringComparison.Ordinal);
            field.Constraints.Required = new Located<string>(requiredMarker, document.Span(r, requiredMarker.Length));
        }
        form.Fields.Add(field);
        document.Forms.Add(form);
        return document;
    }

    /// <summary>Infers concepts (as extraction does) and runs every rule.</summary>
    public static List<Finding> Lint(FormDocument document)
    {
        new ConceptInference(Vocabulary.Default).Apply(document);
        return new LintEngine(LintConfiguration.CreateDefault()).Lint(document);
    }
}
