using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1001Tests
{
    [Fact]
    public void Binary_select_is_reported_at_the_select()
    {
        var findings = Lint.Html("""
            <form>
              <label for="gender">Gender</label>
              <select id="gender" name="gender">
                <option value="">Select…</option>
                <option value="m">Male</option>
                <option value="f">Female</option>
              </select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1001"));
        Assert.Equal((3, 3, 3, 37), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("gender", finding.Concept);
        Assert.Contains("'Male' and 'Female'", finding.Message);
    }

    [Theory]
    [InlineData("Geschlecht", "Männlich", "Weiblich")]
    [InlineData("Género", "Hombre", "Mujer")]
    [InlineData("Sexe", "Homme", "Femme")]
    [InlineData("Gênero", "Masculino", "Feminino")]
    [InlineData("Genere", "Uomo", "Donna")]
    [InlineData("Geslacht", "Man", "Vrouw")]
    [InlineData("Gender", "M", "F")]
    [InlineData("Gender", "Boy", "Girl")]
    public void Binary_radio_groups_in_other_languages_are_reported(string legend, string first, string second)
    {
        var findings = Lint.Html($"""
            <form><fieldset><legend>{legend}</legend>
              <label><input type="radio" name="q1" value="1"> {first}</label>
              <label><input type="radio" name="q1" value="2"> {second}</label>
            </fieldset></form>
            """);
        Assert.Equal(new[] { "2:10" }, findings.At("EL1001"));
    }

    [Fact]
    public void Prefer_not_to_say_does_not_make_a_binary_question_inclusive()
    {
        var findings = Lint.Html("""
            <label>Gender <select name="gender"><option>Male</option><option>Female</option><option>Prefer not to say</option></select></label>
            """);
        Assert.Single(findings.Of("EL1001"));
    }

    [Fact]
    public void Blazor_input_select_is_reported()
    {
        var findings = Lint.Razor("""
            <EditForm Model="model">
              <InputSelect @bind-Value="model.Gender">
                <option value="Male">Male</option>
                <option value="Female">Female</option>
              </InputSelect>
            </EditForm>
            """);
        Assert.Equal(new[] { "2:3" }, findings.At("EL1001"));
    }

    [Fact]
    public void Sex_question_counts_unless_a_purpose_is_declared()
    {
        const string Question = """<label>Sex <select name="sex" {0}><option>Male</option><option>Female</option></select></label>""";
        Assert.Single(Lint.Html(string.Format(Question, "")).Of("EL1001"));
        Assert.Empty(Lint.Html(string.Format(Question, "data-purpose=\"Lab reference ranges depend on sex registered at birth\"")).Of("EL1001"));
    }

    [Fact]
    public void Inclusive_gender_question_is_not_reported()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Gender</legend>
              <label><input type="radio" name="gender" value="w"> Woman</label>
              <label><input type="radio" name="gender" value="m"> Man</label>
              <label><input type="radio" name="gender" value="nb"> Non-binary</label>
              <label><input type="radio" name="gender" value="pnts"> Prefer not to say</label>
            </fieldset>
            """);
        Assert.Empty(findings.Of("EL1001"));
    }

    [Theory]
    [InlineData("""<form role="search"><label>Shop for <select name="dept"><option>Men</option><option>Women</option></select></label></form>""")]
    [InlineData("""<label for="c">Connector gender</label><select id="c" name="connector"><option>Male</option><option>Female</option></select>""")]
    [InlineData("""<fieldset><legend>Your pet's sex</legend><label><input type="radio" name="petsex"> Male</label><label><input type="radio" name="petsex"> Female</label></fieldset>""")]
    [InlineData("""<form id="product-filters"><fieldset><legend>Gender</legend><label><input type="checkbox" name="g" value="men"> Men</label><label><input type="checkbox" name="g" value="women"> Women</label></fieldset></form>""")]
    public void Questions_about_things_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL1001"));
    }

    [Fact]
    public void Free_text_gender_is_not_reported()
    {
        Assert.Empty(Lint.Html("""<label for="g">Gender</label><input id="g" name="gender" autocomplete="sex">""").Of("EL1001"));
    }

    [Fact]
    public void CSharp_binary_enum_and_is_male_flag_are_reported_at_their_names()
    {
        var findings = Lint.CSharp("""
            public enum Gender { Male, Female }

            public class PersonForm
            {
                public bool IsMale { get; set; }
                public bool IsFemale { get; set; }
                public Gender Gender { get; set; }
            }
            """);
        Assert.Equal(new[] { "1:13", "5:17", "6:17" }, findings.At("EL1001"));
        Assert.StartsWith("'IsMale' offers only true and false", findings.Of("EL1001")[1].Message);
    }

    [Theory]
    [InlineData("public enum ConnectorGender { Male, Female }")]
    [InlineData("public enum PetSex { Male, Female }")]
    [InlineData("public class Pet { public bool IsMale { get; set; } public Sex Sex { get; set; } }")]
    [InlineData("public enum Gender { Woman, Man, NonBinary, SelfDescribe, PreferNotToSay }")]
    public void CSharp_things_animals_and_inclusive_enums_are_not_reported(string code)
    {
        Assert.Empty(Lint.CSharp(code).Of("EL1001"));
    }
}
