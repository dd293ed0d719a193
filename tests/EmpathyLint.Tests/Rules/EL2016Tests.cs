using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2016Tests
{
    private const string SplitName = """
        <form method="post">
          <label for="f">First name</label>
          <input id="f" name="firstName">
          <label for="l">Last name</label>
          <input id="l" name="lastName">
        </form>
        """;

    private static LintConfiguration TurnedOn()
    {
        var config = LintConfiguration.CreateDefault();
        config.Severities["EL2016"] = Severity.Info;
        return config;
    }

    [Fact]
    public void Off_in_the_default_configuration()
    {
        Assert.Equal(Severity.Off, LintConfiguration.CreateDefault().SeverityOf("EL2016"));
        Assert.Empty(Lint.Html(SplitName).Of("EL2016"));
    }

    [Fact]
    public void When_turned_on_a_split_name_is_reported_at_the_form()
    {
        var finding = Assert.Single(Lint.Html(SplitName, TurnedOn()).Of("EL2016"));
        Assert.Equal((1, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("The form splits the name into 'First name' and 'Last name' with no single full-name field: a single field works for every naming order and structure", finding.Message);
    }

    [Fact]
    public void Fields_outside_a_form_are_reported_at_the_first_name_field()
    {
        var findings = Lint.Html("""
            <label>Vorname <input name="vorname"></label>
            <label>Nachname <input name="nachname"></label>
            """, TurnedOn());
        Assert.Equal(new[] { "1:16" }, findings.At("EL2016"));
    }

    [Theory]
    [InlineData("""<form><label>Full name <input name="name" autocomplete="name"></label></form>""")]
    [InlineData("""<form><label>First name <input name="f"></label><label>Last name <input name="l"></label><label>Or your full name <input name="full" autocomplete="name"></label></form>""")]
    [InlineData("""<form><label>Your name <input name="name"></label><label>Emergency contact first name <input name="ecFirst"></label><label>Emergency contact last name <input name="ecLast"></label></form>""")]
    public void Full_name_fields_and_other_peoples_names_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html, TurnedOn()).Of("EL2016"));
    }

    [Fact]
    public void Emergency_contact_full_name_is_no_alternative_to_the_persons_own()
    {
        var findings = Lint.Html("""
            <form>
              <label>First name <input name="f"></label>
              <label>Last name <input name="l"></label>
              <label>Name of next of kin <input name="kin"></label>
            </form>
            """, TurnedOn());
        Assert.Single(findings.Of("EL2016"));
    }
}
