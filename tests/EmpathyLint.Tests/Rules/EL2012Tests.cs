using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2012Tests
{
    [Fact]
    public void Short_maximum_on_a_given_name_is_reported_as_info_at_the_attribute()
    {
        var findings = Lint.Html("""
            <form>
              <label for="g">First name</label>
              <input id="g" name="givenName" maxlength="15">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2012"));
        Assert.Equal((3, 34, 3, 48), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("'First name' allows at most 15 characters: allow at least 35, real names can be long", finding.Message);
    }

    [Theory]
    [InlineData("Last name", "34", true)]
    [InlineData("Last name", "35", false)]
    [InlineData("Full name", "69", true)]
    [InlineData("Full name", "70", false)]
    [InlineData("Nome completo", "50", true)]
    [InlineData("Achternaam", "20", true)]
    public void Floors_differ_for_parts_and_full_names(string label, string max, bool reported)
    {
        var findings = Lint.Html($"""<label>{label} <input name="n" maxlength="{max}"></label>""").Of("EL2012");
        Assert.Equal(reported ? 1 : 0, findings.Count);
    }

    [Fact]
    public void Floors_are_options()
    {
        var config = LintConfiguration.CreateDefault();
        config.RuleOptions["EL2012"] = new Dictionary<string, string> { ["familyNameMin"] = "20" };
        Assert.Empty(Lint.Html("""<label>Last name <input name="lastName" maxlength="20"></label>""", config).Of("EL2012"));
        Assert.Single(Lint.Html("""<label>Last name <input name="lastName" maxlength="19"></label>""", config).Of("EL2012"));
    }

    [Fact]
    public void String_length_maximum_on_a_model_member_is_reported()
    {
        var findings = Lint.CSharp("""
            public class InputModel
            {
                [StringLength(20, MinimumLength = 2)]
                public string LastName { get; set; }

                [MaxLength(50)]
                public string FullName { get; set; }

                [MaxLength(35)]
                public string FirstName { get; set; }
            }
            """);
        // 35 per name part and 70 for a full name are the defaults.
        Assert.Equal(new[] { "3:6", "6:6" }, findings.At("EL2012"));
    }

    [Theory]
    [InlineData("""<label>Product title <input name="productTitle" maxlength="20"></label>""")]
    [InlineData("""<label>Pet's name <input name="petName" maxlength="10"></label>""")]
    [InlineData("""<label>Postcode <input name="postcode" maxlength="8"></label>""")]
    public void Non_names_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2012"));
    }
}
