using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

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
        var findings = Lint.CSharp("""
            public enum MaritalStatus
            {
                Single,
                Married,
                Widowed,
            }
            """);
        var finding = Assert.Single(findings.Of("EL1003"));
        Assert.Equal((1, 13, 1, 26), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("add-prefer-not-to-say", finding.Properties["fix"]);
    }

    [Fact]
    public void CSharp_gender_enum_is_reported_once_at_its_declaration_not_where_it_is_used()
    {
        var findings = Lint.CSharp("""
            public enum Gender { Male, Female, NonBinary, SelfDescribe }

            public class Customer
            {
                public Gender? Gender { get; set; }
            }
            """);
        Assert.Equal(new[] { "1:13" }, findings.At("EL1003"));
    }

    [Theory]
    [InlineData("public enum Gender { Woman, Man, NonBinary, PreferNotToSay }")]
    [InlineData("public enum PetSex { Male, Female }")]
    [InlineData("public enum ConnectorGender { Male, Female }")]
    [InlineData("public enum Department { Men, Women }")]
    public void CSharp_enum_with_prefer_not_to_say_and_non_person_enums_are_not_reported(string code)
    {
        Assert.Empty(Lint.CSharp(code).Of("EL1003"));
    }
}
