using static EmpathyLint.Tests.Extraction.CSharpExtractorTests;

namespace EmpathyLint.Tests.Extraction;

public class CSharpObservationTests
{
    private static List<string> Observed(string code)
    {
        var document = Extract(code);
        return document.Observations.Select(o => $"{o.Kind} {At(o.Span)} {Slice(document, o.Span)}").ToList();
    }

    [Fact]
    public void Conditional_from_title_to_gender_is_observed_once()
    {
        Assert.Equal(
            new[] { "title-to-gender 1:31-1:84 Input.Title == Title.Mr ? Gender.Male : Gender.Female" },
            Observed("var gender = Input.Gender ?? (Input.Title == Title.Mr ? Gender.Male : Gender.Female);"));
        Assert.Single(Observed("""var g = t == "Mr" ? "Male" : t == "Mrs" ? "Female" : "Unknown";"""));
    }

    [Fact]
    public void Switch_expression_and_statement_are_observed_at_their_head()
    {
        Assert.Equal(
            new[] { "title-to-gender 1:14-1:26 title switch" },
            Observed("""var gender = title switch { "Mr" or "Sir" => Gender.Male, "Mrs" or "Ms" => Gender.Female, _ => null };"""));
        Assert.Equal(
            new[] { "title-to-gender 2:1-2:22 switch (person.Title)" },
            Observed("void F() {\nswitch (person.Title)\n{\n  case Salutation.Mrs: person.Sex = 'F'; break;\n  default: break;\n}\n}"));
    }

    [Fact]
    public void If_chain_and_dictionary_are_observed()
    {
        Assert.Equal(
            new[] { "title-to-gender 1:12-1:30 if (title == \"Mr\")" },
            Observed("""void F() { if (title == "Mr") { gender = "Male"; } else if (title == "Mrs") { gender = "Female"; } }"""));
        Assert.Equal(
            new[] { "title-to-gender 1:44-1:64 [\"Mr\"] = Gender.Male" },
            Observed("""var map = new Dictionary<string, Gender> { ["Mr"] = Gender.Male, ["Mrs"] = Gender.Female };"""));
        Assert.Equal(
            new[] { "title-to-gender 1:38-1:65 { Title.Ms, Gender.Female }" },
            Observed("""var map = new Dictionary<Title, G> { { Title.Ms, Gender.Female } };"""));
        Assert.Equal(
            new[] { "title-to-gender 1:6-1:28 isMale = title == \"Mr\"" },
            Observed("""bool isMale = title == "Mr";"""));
    }

    [Fact]
    public void First_name_guesses_are_observed()
    {
        Assert.Equal(
            new[] { "name-to-gender 1:14-1:51 _genders.GuessGender(Input.FirstName)" },
            Observed("var gender = _genders.GuessGender(Input.FirstName);"));
        Assert.Equal(
            new[] { "name-to-gender 1:9-1:31 InferGenderFromName(n)" },
            Observed("var g = InferGenderFromName(n);"));
        Assert.Equal(
            new[] { "name-to-gender 1:72-1:94 [\"John\"] = Gender.Male" },
            Observed("""static readonly Dictionary<string, Gender> GenderByFirstName = new() { ["John"] = Gender.Male, ["Mary"] = Gender.Female };"""));
        Assert.Equal(
            new[] { "name-to-gender 1:24-1:60 $\"https://api.genderize.io?name={n}\"" },
            Observed("""var r = await http.Get($"https://api.genderize.io?name={n}");"""));
    }

    [Theory]
    [InlineData("""var label = title == "Mr" ? "Dear Sir" : "Dear Madam";""")]
    [InlineData("""var shown = gender == Gender.Male ? "Mr" : "Ms";""")]
    [InlineData("""var t = Input.Title == Title.Mr ? Title.Mr : Title.Mx;""")]
    [InlineData("""var d = department == Department.Men ? Gender.Male : Gender.Female;""")]
    [InlineData("""var g = GetGender(user);""")]
    [InlineData("""var n = FormatName(firstName);""")]
    [InlineData("""var map = new Dictionary<string, string> { ["Mr"] = "Mister", ["Mrs"] = "Missus" };""")]
    [InlineData("""var sizes = new Dictionary<string, Gender> { ["Small"] = Gender.Male, ["Large"] = Gender.Female };""")]
    [InlineData("""var c = connector.Kind == Kind.Plug ? ConnectorGender.Male : ConnectorGender.Female;""")]
    public void Code_that_does_not_guess_gender_is_not_observed(string code)
    {
        Assert.Empty(Observed(code));
    }
}
