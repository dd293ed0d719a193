using EmpathyLint.Configuration;
using EmpathyLint.Personas;

namespace EmpathyLint.Tests.Personas;

/// <summary>The shipped people load from rules/personas; the config adds, replaces and removes them; bad data is EL0002 at its line.</summary>
public class PersonaConfigTests
{
    [Fact]
    public void Shipped_personas_cover_the_people_forms_shut_out()
    {
        var people = PersonaSet.Default.People;
        Assert.Equal(11, people.Count);
        Assert.Equal("non-binary", Find("non-binary").Gender);
        Assert.Equal("pronoun-they", Find("non-binary").Pronouns);
        Assert.True(Find("trans-man").Transgender);
        Assert.Null(Find("mononym").FamilyName);
        Assert.Equal("Siobhán O'Brien-Nguyễn", Find("apostrophe-hyphen-diacritics").FullName);
        Assert.Equal("李小龙", Find("chinese-script").FullName);
        Assert.Equal("محمد", Find("arabic-script").FullName);
        Assert.Equal("no-title", Find("no-title").Title);
        Assert.Equal(new[] { "gender", "sex", "ethnicity", "religion" }, Find("prefers-not-to-disclose").Withholds);
        Assert.Equal(17, Find("seventeen").Age);
        Assert.Equal(new[] { "national-id" }, Find("newcomer").Lacks);
        Assert.True(Find("long-name").FullName.Length > 35);
    }

    [Fact]
    public void Config_adds_replaces_and_removes_people_without_touching_the_shipped_set()
    {
        var result = ConfigLoader.Parse("""
            personas:
              - id: wheelchair-user
                name: Ravi
                givenName: Ravi
                withholds: [disability]
              - id: mononym
                name: Madonna
                givenName: Madonna
              - id: long-name
                enabled: false
            """, "empathylint.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var people = result.Configuration.Personas;
        Assert.Equal("Madonna", people.Find("mononym")!.Name);
        Assert.Null(people.Find("long-name"));
        Assert.Equal("wheelchair-user", people.People[^1].Id);
        Assert.Equal("Sukarno", PersonaSet.Default.Find("mononym")!.Name);
        Assert.NotNull(PersonaSet.Default.Find("long-name"));
    }

    [Theory]
    [InlineData("personas:\n  - id: x\n    name: X\n    givenName: X\n    gender: nonbinary\n", 5, 13, "the gender of persona 'x' is 'nonbinary', not an option meaning (did you mean non-binary?); meanings are listed in rules/vocabulary/options.yaml")]
    [InlineData("personas:\n  - id: x\n    name: X\n    givenName: X\n    age: old\n", 5, 10, "the age of persona 'x' must be a whole number")]
    [InlineData("personas:\n  - id: x\n    name: X\n    givenName: X\n    age: 200\n", 5, 10, "the age of persona 'x' must be between 0 and 130 years, not 200")]
    [InlineData("personas:\n  - id: x\n    name: X\n    givenName: X\n    lacks: [passport-number]\n", 5, 12, "'lacks' of persona 'x' names the unknown concept 'passport-number'; concepts are listed in rules/vocabulary/concepts.yaml")]
    [InlineData("personas:\n  - id: x\n    name: X\n    fullName: X\n    givenname: X\n", 5, 5, "unknown key 'givenname' in a persona (did you mean givenName?); allowed keys: id, name, story, givenName, familyName, middleName, fullName, title, gender, transgender, pronouns, age, withholds, lacks, email, phone, enabled")]
    [InlineData("personas:\n  - name: X\n", 2, 5, "a persona needs 'id'")]
    [InlineData("personas:\n  - id: Big Name\n    name: X\n    givenName: X\n", 2, 9, "persona id 'Big Name' must be lower-case letters and digits joined by hyphens, such as 'non-binary'")]
    [InlineData("personas:\n  - id: x\n    name: X\n", 2, 5, "persona 'x' needs 'givenName' or 'fullName': the walk runs name patterns on the person's real name")]
    [InlineData("personas: alex\n", 1, 11, "'personas' must be a list of people, each a mapping with 'id', 'name' and facts (see rules/personas/README.md)")]
    public void Bad_persona_data_is_EL0002_at_its_line(string yaml, int line, int column, string message)
    {
        var result = ConfigLoader.Parse(yaml, "empathylint.yaml");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((line, column, message), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void Journeys_keep_their_steps_in_order_with_lines()
    {
        var result = ConfigLoader.Parse("""
            journeys:
              signup: [Pages/Account/Register.cshtml, /account/profile, "Pages/Checkout/*.cshtml"]
            """, "empathylint.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var journey = Assert.Single(result.Configuration.Journeys);
        Assert.Equal("signup", journey.Name);
        Assert.Equal(new[] { "Pages/Account/Register.cshtml", "/account/profile", "Pages/Checkout/*.cshtml" }, journey.Steps.Select(s => s.Target));
        Assert.Equal(new[] { false, true, false }, journey.Steps.Select(s => s.IsRoute));
    }

    [Theory]
    [InlineData("journeys: [a, b]\n", 1, 11)]
    [InlineData("journeys:\n  signup: []\n", 2, 11)]
    [InlineData("journeys:\n  signup: [{ file: a }]\n", 2, 12)]
    public void Bad_journeys_are_EL0002_at_their_line(string yaml, int line, int column)
    {
        var result = ConfigLoader.Parse(yaml, "empathylint.yaml");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    private static Persona Find(string id) => PersonaSet.Default.Find(id) ?? throw new InvalidOperationException("no persona " + id);
}
