using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL1005Tests
{
    [Fact]
    public void Form_asking_gender_and_title_without_pronouns_is_reported_once_at_the_form()
    {
        var findings = Lint.Html("""
            <h1>Register</h1>
            <form action="/register" method="post">
              <label for="t">Title</label>
              <select id="t" name="title"><option>Mr</option><option>Ms</option><option>Mx</option></select>
              <label for="g">Gender</label>
              <input id="g" name="gender" autocomplete="sex">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL1005"));
        Assert.Equal((2, 1, 2, 40), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Contains("asks title and gender", finding.Message);
    }

    [Fact]
    public void Blazor_edit_form_is_reported_at_the_edit_form()
    {
        var findings = Lint.Razor("""
            <EditForm Model="model">
              <label for="g">Geschlecht</label>
              <InputSelect id="g" @bind-Value="model.Geschlecht">
                <option>Männlich</option>
                <option>Weiblich</option>
                <option>Divers</option>
              </InputSelect>
            </EditForm>
            """);
        Assert.Equal(new[] { "1:1" }, findings.At("EL1005"));
    }

    [Fact]
    public void Fields_outside_any_form_are_reported_at_the_first_such_question()
    {
        var findings = Lint.Html("""
            <p>About you</p>
            <label for="s">Sexe</label>
            <input id="s" name="sexe">
            """);
        Assert.Equal(new[] { "3:1" }, findings.At("EL1005"));
    }

    [Theory]
    [InlineData("""<label for="p">Pronouns (optional)</label><input id="p" name="pronouns">""")]
    [InlineData("""<label for="p">Pronomen</label><select id="p" name="pronomen"><option>er/ihm</option><option>sie/ihr</option></select>""")]
    public void A_pronouns_question_anywhere_in_the_form_satisfies_the_rule(string pronouns)
    {
        var findings = Lint.Html($"""
            <form>
              <label for="g">Gender</label>
              <input id="g" name="gender" autocomplete="sex">
              {pronouns}
            </form>
            """);
        Assert.Empty(findings.Of("EL1005"));
    }

    [Fact]
    public void A_title_that_is_not_a_form_of_address_does_not_count()
    {
        var findings = Lint.Html("""
            <form action="/posts">
              <label for="t">Title</label>
              <input id="t" name="title">
              <label for="b">Body</label>
              <textarea id="b" name="body"></textarea>
            </form>
            """);
        Assert.Empty(findings.Of("EL1005"));
    }

    [Fact]
    public void A_free_text_title_beside_a_name_counts()
    {
        var findings = Lint.Html("""
            <form>
              <label for="t">Title</label>
              <input id="t" name="title">
              <label for="n">Full name</label>
              <input id="n" name="name" autocomplete="name">
            </form>
            """);
        Assert.Equal(new[] { "1:1" }, findings.At("EL1005"));
    }

    [Fact]
    public void Sex_registered_at_birth_with_a_purpose_does_not_count()
    {
        var findings = Lint.Html("""
            <form>
              <fieldset data-purpose="Clinical: lab reference ranges"><legend>Sex registered at birth</legend>
                <label><input type="radio" name="sex" value="f"> Female</label>
                <label><input type="radio" name="sex" value="m"> Male</label>
              </fieldset>
            </form>
            """);
        Assert.Empty(findings.Of("EL1005"));
    }

    [Theory]
    [InlineData("""<form role="search"><label>Shop for <select name="dept"><option>Men</option><option>Women</option></select></label></form>""")]
    [InlineData("""<form><label for="c">Connector gender</label><select id="c" name="connector"><option>Male</option><option>Female</option></select></form>""")]
    [InlineData("""<form><fieldset><legend>Your pet's sex</legend><label><input type="radio" name="s"> Male</label><label><input type="radio" name="s"> Female</label></fieldset></form>""")]
    [InlineData("""<form><label>Name <input name="name"></label><label>Title <input name="title"></label></form>""")]
    [InlineData("""<form><label><input type="radio" name="salutation" value="c"> Consumables</label><label><input type="radio" name="salutation" value="a"> Assets</label></form>""")]
    [InlineData("""<form><label><input type="checkbox" name="Gender"> Gender</label><label><input type="checkbox" name="Dr"> Dr</label></form>""")]
    [InlineData("""<form><label>Gender <select name="gender"><option>All</option><option>Male</option><option>Female</option></select></label></form>""")]
    public void Forms_about_things_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL1005"));
    }

    [Fact]
    public void CSharp_models_are_not_judged()
    {
        var findings = Lint.CSharp("public class Customer { public Gender? Gender { get; set; } public Title? Title { get; set; } }");
        Assert.Empty(findings.Of("EL1005"));
    }
}
