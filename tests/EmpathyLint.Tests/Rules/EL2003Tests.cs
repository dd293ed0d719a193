using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2003Tests
{
    private const string InclusiveTitleList = """
        <form>
          <label for="t">Title</label>
          <select id="t" name="title"><option>No title</option><option>Mr</option><option>Ms</option><option>Mx</option></select>
        </form>
        """;

    private static LintConfiguration TurnedOn()
    {
        var config = LintConfiguration.CreateDefault();
        config.Severities["EL2003"] = Severity.Warning;
        return config;
    }

    [Fact]
    public void Off_in_the_default_configuration()
    {
        Assert.Equal(Severity.Off, LintConfiguration.CreateDefault().SeverityOf("EL2003"));
        Assert.Empty(Lint.Html(InclusiveTitleList).Of("EL2003"));
    }

    [Fact]
    public void When_turned_on_a_closed_title_list_is_reported_even_with_mx_and_no_title()
    {
        var finding = Assert.Single(Lint.Html(InclusiveTitleList, TurnedOn()).Of("EL2003"));
        Assert.Equal((3, 3), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("'Title' asks for a title from a fixed list: ask 'How should we address you?' as optional free text instead", finding.Message);
    }

    [Fact]
    public void Other_languages_are_reported_when_turned_on()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Tratamiento</legend>
              <label><input type="radio" name="t" value="sr"> Sr.</label>
              <label><input type="radio" name="t" value="sra"> Sra.</label>
            </fieldset>
            """, TurnedOn());
        Assert.Equal(new[] { "2:10" }, findings.At("EL2003"));
    }

    [Theory]
    [InlineData("""<label>How should we address you? <input name="title" autocomplete="honorific-prefix"></label>""")]
    [InlineData("""<label>Title <select name="product"><option>Wireless mouse</option><option>USB-C cable</option></select></label>""")]
    public void Free_text_and_product_titles_are_not_reported_when_turned_on(string html)
    {
        Assert.Empty(Lint.Html(html, TurnedOn()).Of("EL2003"));
    }
}
