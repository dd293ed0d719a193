using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Corpus;

/// <summary>
/// The vocabulary and inference changes the precision corpus called for, each shown from both sides:
/// the question about a thing is left alone, the same words about a person are still judged.
/// </summary>
public class PrecisionFixesTests
{
    private static string Select(string label, params string[] options) =>
        $"<form><label for=\"q\">{label}</label>\n<select id=\"q\" name=\"q\">{string.Concat(options.Select(o => $"<option>{o}</option>"))}</select></form>";

    [Theory]
    [InlineData("Genre", "Rock", "Jazz", "Classical")]
    [InlineData("Genre", "Rock", "Jazz", "Other")]
    [InlineData("Género", "Pop", "Flamenco", "Prefiero no decirlo")]
    [InlineData("Genere", "Giallo", "Fantasy", "Poesia")]
    public void A_genre_whose_answers_are_no_genders_is_not_a_gender_question(string label, string a, string b, string c)
    {
        var document = Lint.Extract(Select(label, a, b, c));
        Assert.Null(document.Forms.Single().Fields.Single().Concept);
        Assert.Empty(Lint.Html(Select(label, a, b, c)));
    }

    [Theory]
    [InlineData("Genre", "EL1001", "Homme", "Femme")]
    [InlineData("Gender", "EL1002", "Man", "Woman", "Other")]
    [InlineData("Género", "EL1001", "Hombre", "Mujer", "Prefiero no decirlo")]
    public void A_genre_question_with_gender_answers_is_still_judged(string label, string rule, params string[] options)
    {
        Assert.Equal("gender", Lint.Extract(Select(label, options)).Forms.Single().Fields.Single().Concept);
        Assert.Equal(new[] { "2:1" }, Lint.Html(Select(label, options)).At(rule));
    }

    [Fact]
    public void A_gender_field_with_the_sex_autocomplete_token_keeps_its_concept_whatever_its_answers()
    {
        var document = Lint.Extract("<label>Genre <select autocomplete=\"sex\"><option>Rock</option><option>Jazz</option></select></label>");
        Assert.Equal("gender", document.Forms.Single().Fields.Single().Concept);
    }

    [Theory]
    [InlineData("Music genre")]
    [InlineData("Genre musical (précisez)")]
    [InlineData("Musikgenre")]
    public void A_free_text_music_genre_is_not_a_gender_question(string label)
    {
        Assert.Empty(Lint.Html($"<form><label for=\"g\">{label}</label><input id=\"g\" name=\"g\"></form>"));
    }

    [Fact]
    public void A_golf_handicap_index_is_not_a_disability_but_a_handicap_question_still_is()
    {
        Assert.Empty(Lint.Html("<form><label for=\"h\">Handicap index</label>\n<input type=\"number\" id=\"h\" name=\"handicapIndex\" required></form>"));
        var findings = Lint.Html("<form><label for=\"h\">Situation de handicap</label>\n<input id=\"h\" name=\"handicap\" required></form>");
        Assert.Equal(new[] { "2:1" }, findings.At("EL3001"));
    }

    [Fact]
    public void A_band_name_is_not_a_family_name_but_nom_still_is()
    {
        Assert.Empty(Lint.Html("<form><label for=\"n\">Nom du groupe</label>\n<input id=\"n\" name=\"nomGroupe\" autocomplete=\"off\" required></form>"));
        var findings = Lint.Html("<form><label for=\"n\">Nom</label>\n<input id=\"n\" name=\"nom\" autocomplete=\"family-name\" required></form>");
        Assert.Equal(new[] { "2:53" }, findings.At("EL2013"));
    }

    [Fact]
    public void An_advertised_salary_is_not_the_person_s_income_but_a_current_salary_is()
    {
        Assert.Empty(Lint.Html("<form><fieldset><legend>Advertised salary</legend><label for=\"s\">From (£ a year)</label>\n<input type=\"number\" id=\"s\" name=\"salaryFrom\"></fieldset></form>"));
        var findings = Lint.Html("<form><label for=\"s\">Current salary</label>\n<input type=\"number\" id=\"s\" name=\"salary\"></form>");
        Assert.Equal(new[] { "2:1" }, findings.At("EL3006"));
    }

    [Theory]
    [InlineData("Departamento", "Hombre", "Mujer")]
    [InlineData("Departamento", "Masculino", "Feminino")]
    [InlineData("Reparto", "Uomo", "Donna")]
    [InlineData("Abteilung", "Männlich", "Weiblich")]
    [InlineData("Afdeling", "Man", "Vrouw")]
    public void A_shop_department_is_not_a_gender_question(string legend, string first, string second)
    {
        Assert.Empty(Lint.Html($"""
            <form><fieldset><legend>{legend}</legend>
              <label><input type="radio" name="d" value="1"> {first}</label>
              <label><input type="radio" name="d" value="2"> {second}</label>
            </fieldset></form>
            """));
    }

    [Theory]
    [InlineData("filtros")]
    [InlineData("filtres")]
    [InlineData("produkt-filter")]
    [InlineData("filtri")]
    [InlineData("zoeken")]
    [InlineData("pesquisa")]
    [InlineData("recherche")]
    public void A_form_named_as_a_filter_or_search_in_any_language_is_not_about_the_person(string formClass)
    {
        var form = $"""
            <form class="{formClass}"><fieldset><legend>Para</legend>
              <label><input type="radio" name="para" value="h"> Hombre</label>
              <label><input type="radio" name="para" value="m"> Mujer</label>
            </fieldset></form>
            """;
        Assert.Empty(Lint.Html(form));
        Assert.Equal(new[] { "2:10" }, Lint.Html(form.Replace(formClass, "registro")).At("EL1001"));
    }
}
