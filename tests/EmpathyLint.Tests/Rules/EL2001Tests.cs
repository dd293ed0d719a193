using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2001Tests
{
    [Fact]
    public void Title_select_without_mx_and_no_title_is_reported_at_the_select()
    {
        var findings = Lint.Html("""
            <form>
              <label for="title">Title</label>
              <select id="title" name="title">
                <option value="">Select…</option>
                <option>Mr</option><option>Mrs</option><option>Ms</option><option>Miss</option>
              </select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2001"));
        Assert.Equal((3, 3, 3, 35), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("'Title' offers titles without the gender-neutral title Mx and a 'No title' choice: people who are neither Mr nor Ms, and people who use no title, cannot answer truthfully", finding.Message);
        Assert.Equal("add-mx", finding.Properties["fix"]);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void The_message_names_only_what_is_missing()
    {
        var noMx = Assert.Single(Lint.Html("""<label>Title <select name="t"><option>Mr</option><option>Ms</option><option>No title</option></select></label>""").Of("EL2001"));
        Assert.Contains("without the gender-neutral title Mx:", noMx.Message);
        Assert.Equal("add-mx", noMx.Properties["fix"]);

        var noNone = Assert.Single(Lint.Html("""<label>Title <select name="t"><option>Mr</option><option>Ms</option><option>Mx</option></select></label>""").Of("EL2001"));
        Assert.Contains("without a 'No title' choice:", noNone.Message);
        Assert.Equal("add-no-title", noNone.Properties["fix"]);
    }

    [Fact]
    public void Empty_valued_no_title_option_counts_as_the_no_title_choice()
    {
        var findings = Lint.Html("""<label>Title <select name="t"><option value="">No title</option><option>Mr</option><option>Ms</option><option>Mx</option></select></label>""");
        Assert.Empty(findings.Of("EL2001"));
    }

    [Theory]
    [InlineData("Anrede", "Herr", "Frau")]
    [InlineData("Civilité", "M.", "Mme")]
    [InlineData("Tratamiento", "Sr.", "Sra.")]
    public void Title_radio_groups_in_other_languages_are_reported(string legend, string first, string second)
    {
        var findings = Lint.Html($"""
            <form><fieldset><legend>{legend}</legend>
              <label><input type="radio" name="t" value="1"> {first}</label>
              <label><input type="radio" name="t" value="2"> {second}</label>
            </fieldset></form>
            """);
        Assert.Equal(new[] { "2:10" }, findings.At("EL2001"));
        Assert.Empty(findings.Of("EL1001"));
    }

    [Fact]
    public void German_keine_angabe_is_a_no_title_choice_and_divers_is_mx()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Anrede</legend>
              <label><input type="radio" name="a" value="h"> Herr</label>
              <label><input type="radio" name="a" value="f"> Frau</label>
              <label><input type="radio" name="a" value="d"> Divers</label>
              <label><input type="radio" name="a" value="k"> Keine Angabe</label>
            </fieldset>
            """);
        Assert.Empty(findings.Of("EL2001"));
    }

    [Fact]
    public void Blazor_input_radio_group_is_reported()
    {
        var findings = Lint.Razor("""
            <EditForm Model="model">
              <InputRadioGroup @bind-Value="model.Title">
                <label><InputRadio Value="@("Mr")" /> Mr</label>
                <label><InputRadio Value="@("Mrs")" /> Mrs</label>
                <label><InputRadio Value="@("Ms")" /> Ms</label>
              </InputRadioGroup>
            </EditForm>
            """);
        Assert.Equal(new[] { "2:3" }, findings.At("EL2001"));
    }

    [Fact]
    public void Title_enum_is_reported_at_its_identifier_with_the_add_mx_fix()
    {
        var findings = Lint.CSharp("""
            namespace Sample.Models;

            public enum Title { Mr, Mrs, Ms, Miss }
            """);
        var finding = Assert.Single(findings.Of("EL2001"));
        Assert.Equal((3, 13, 3, 18), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("add-mx", finding.Properties["fix"]);
    }

    [Theory]
    [InlineData("public enum Title { Mx, Mr, Mrs, Ms, Miss, Dr, NoTitle }")]
    [InlineData("public enum BookTitle { TheHobbit, Middlemarch }")]
    public void Title_enum_with_mx_and_no_title_and_other_enums_are_not_reported(string code)
    {
        Assert.Empty(Lint.CSharp(code).Of("EL2001"));
    }

    [Theory]
    [InlineData("""<label>Title <select name="book"><option>The Hobbit</option><option>Middlemarch</option></select></label>""")]
    [InlineData("""<label>Job title <select name="job"><option>Engineer</option><option>Manager</option></select></label>""")]
    [InlineData("""<label>Title <input name="title"></label>""")]
    [InlineData("""<label>How should we address you? <input name="honorific" autocomplete="honorific-prefix"></label>""")]
    public void Product_book_and_job_titles_and_free_text_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2001"));
    }
}
