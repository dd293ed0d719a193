using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL4002Tests
{
    [Fact]
    public void Mothers_name_is_reported_at_the_field_with_the_alternative()
    {
        var findings = Lint.Html("""
            <label for="m">Mother's name</label>
            <input id="m" name="mothersName" autocomplete="off">
            """);
        var finding = Assert.Single(findings.Of("EL4002"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("'Mother's name' asks for a mother's name: many children have two mothers, two fathers, one parent or a guardian; ask for 'parent or guardian's name'", finding.Message);
    }

    [Theory]
    [InlineData("Name des Vaters", "v")]
    [InlineData("Nombre de la madre", "m")]
    [InlineData("Naam moeder", "m")]
    [InlineData("Contact", "fatherPhone")]
    public void Labels_and_names_in_several_languages_are_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <input id="q" name="{name}">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL4002"));
    }

    [Fact]
    public void A_form_that_offers_parent_or_guardian_is_not_reported()
    {
        var findings = Lint.Html("""
            <form>
              <label for="m">Mother's name</label><input id="m" name="mother">
              <label for="f">Father's name</label><input id="f" name="father">
              <label for="g">Or parent or guardian's name</label><input id="g" name="guardian">
            </form>
            """);
        Assert.Empty(findings.Of("EL4002"));
    }

    [Theory]
    [InlineData("""<label for="m">Mother's maiden name</label><input id="m" name="mmn">""")]
    [InlineData("""<label for="t">Mother tongue</label><input id="t" name="motherTongue">""")]
    [InlineData("""<label for="p">Parent or guardian's name</label><input id="p" name="parentName">""")]
    [InlineData("""<label for="d">Dam (mother) of your puppy</label><input id="d" name="dam">""")]
    public void Security_questions_languages_neutral_wording_and_animals_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL4002"));
    }
}
