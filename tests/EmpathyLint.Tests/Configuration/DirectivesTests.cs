using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Configuration;

/// <summary>Suppression directives: a finding is dropped when its start line is covered; the directive must be used and give a reason.</summary>
public class DirectivesTests
{
    /// <summary>Only EL1001 and the directive rules, so findings of other rules on the same markup do not blur the assertions.</summary>
    private static readonly LintConfiguration Focus = ConfigLoader.Parse("rules:\n  \"*\": off\n  EL1001: warning\n  EL0003: info\n  EL0004: info\n", "empathylint.yaml").Configuration;

    private const string Select = """<select id="gender" name="gender"><option>Male</option><option>Female</option></select>""";

    [Fact]
    public void Disable_next_line_suppresses_the_line_below_only()
    {
        var findings = Lint.Html($"""
            <label for="gender">Gender</label>
            <!-- empathylint-disable-next-line EL1001 -- legacy form, replaced in the spring release -->
            {Select}
            <label>Gender again {Select.Replace("gender", "g2")}</label>
            """, Focus);
        Assert.Equal(new[] { "EL1001 4:21" }, findings.Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}"));
    }

    [Fact]
    public void Disable_block_runs_to_the_enable()
    {
        var findings = Lint.Html($"""
            <!-- empathylint-disable EL1001 -- the partner's form, not ours -->
            <label>Gender {Select}</label>
            <label>Gender {Select.Replace("gender", "g2")}</label>
            <!-- empathylint-enable EL1001 -->
            <label>Gender {Select.Replace("gender", "g3")}</label>
            """, Focus);
        Assert.Equal(new[] { "EL1001 5:15" }, findings.Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}"));
    }

    [Fact]
    public void Disable_without_enable_runs_to_the_end_of_the_file()
    {
        var findings = Lint.Html($"""
            <!-- empathylint-disable -- generated markup from the vendor -->
            <label>Gender {Select}</label>

            <label>Gender {Select.Replace("gender", "g2")}</label>
            """, Focus);
        Assert.Empty(findings);
    }

    [Fact]
    public void Disable_line_covers_its_own_line()
    {
        var findings = Lint.Html($"""<label>Gender {Select}</label> <!-- empathylint-disable-line EL1001 -- kept for the data migration -->""", Focus);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_directive_for_another_rule_does_not_suppress()
    {
        var findings = Lint.Html($"""
            <!-- empathylint-disable-next-line EL4001 -- quoting the old wording -->
            <label>Gender {Select}</label>
            """);
        Assert.Equal(new[] { "2:15" }, findings.At("EL1001"));
        Assert.Equal(new[] { "1:1" }, findings.At("EL0003"));
    }

    [Fact]
    public void Razor_comments_carry_directives()
    {
        var findings = Lint.Razor("""
            <EditForm Model="model">
              @* empathylint-disable-next-line EL1001 -- mirrors the national register, which has two values *@
              <InputSelect @bind-Value="model.Gender">
                <option value="Male">Male</option>
                <option value="Female">Female</option>
              </InputSelect>
            </EditForm>
            """, Focus);
        Assert.Empty(findings);
    }

    [Fact]
    public void Csharp_line_comments_carry_directives()
    {
        var document = new FormDocument("Model.cs", DocumentKind.CSharp, """
            public enum Gender
            {
                // empathylint-disable-next-line EL1001 -- mirrors the national register
                Male, Female,
            }
            var url = "https://example.org"; // not a directive
            """);
        var directive = Assert.Single(Directives.Read(document));
        Assert.Equal((DirectiveKind.DisableNextLine, 4, 4, "mirrors the national register"), (directive.Kind, directive.FirstLine, directive.LastLine, directive.Reason));
        Assert.Equal(new[] { "EL1001" }, directive.RuleIds);
    }

    [Theory]
    [InlineData("empathylint-disable-next-line EL1001, EL1005 -- reason", new[] { "EL1001", "EL1005" }, "reason")]
    [InlineData("empathylint-disable-next-line EL1001 EL1005", new[] { "EL1001", "EL1005" }, null)]
    [InlineData("  empathylint-disable-next-line   --   why  ", new string[0], "why")]
    [InlineData("empathylint-disable-next-line", new string[0], null)]
    [InlineData("empathylint-disable-next-line EL1001 --", new[] { "EL1001" }, null)]
    public void Directive_text_is_parsed_into_ids_and_reason(string text, string[] ids, string? reason)
    {
        var directive = Directives.Parse(new SourceComment(text, default))!;
        Assert.Equal(ids, directive.RuleIds);
        Assert.Equal(reason, directive.Reason);
    }

    [Theory]
    [InlineData(" an ordinary comment ")]
    [InlineData(" empathylint-disabled EL1001 ")]
    [InlineData(" expect: EL1001 ")]
    public void Other_comments_are_not_directives(string text)
    {
        Assert.Null(Directives.Parse(new SourceComment(text, default)));
    }

    [Fact]
    public void Tooling_findings_are_never_suppressed()
    {
        var findings = Lint.Html("<!-- empathylint-disable -- everything -->\n<form>\0</form>", Focus);
        Assert.Equal(new[] { "EL0001" }, findings.Select(f => f.RuleId));
    }

    [Fact]
    public void A_rule_that_is_off_makes_no_unused_directive()
    {
        var config = ConfigLoader.Parse("rules:\n  \"*\": off\n  EL0003: info\n", "empathylint.yaml").Configuration;
        var findings = Lint.Html($"""
            <!-- empathylint-disable-next-line EL1001 -- legacy -->
            <label>Gender {Select}</label>
            """, config);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_directive_without_ids_suppresses_every_rule_on_the_line()
    {
        const string Form = """
            <form>
              <label for="gender">Gender</label>
              <select id="gender" name="gender" required><option>Male</option><option>Female</option></select>
              <label for="pronouns">Pronouns</label><input id="pronouns" name="pronouns" autocomplete="off">
            </form>
            """;
        var unsuppressed = Lint.Html(Form).Where(f => f.Span.StartLine == 3).Select(f => f.RuleId).Distinct().ToList();
        Assert.Contains("EL1001", unsuppressed);
        Assert.True(unsuppressed.Count > 1, string.Join(", ", unsuppressed));
        var findings = Lint.Html(Form.Replace("  <select", "  <!-- empathylint-disable-next-line -- the partner's form, changed with them in March -->\n  <select"));
        Assert.DoesNotContain(findings, f => f.Span.StartLine == 4);
        Assert.DoesNotContain(findings, f => f.RuleId is "EL0003" or "EL0004");
    }

    [Fact]
    public void Only_the_unused_ids_of_a_used_directive_are_named()
    {
        var findings = Lint.Html($"""
            <!-- empathylint-disable-next-line EL1001, EL4001 -- legacy -->
            <label>Gender {Select}</label>
            """, ConfigLoader.Parse("rules:\n  \"*\": off\n  EL1001: warning\n  EL4001: info\n  EL0003: info\n", "empathylint.yaml").Configuration);
        var finding = Assert.Single(findings);
        Assert.Equal("Suppression directive 'empathylint-disable-next-line EL1001, EL4001' suppressed no finding of EL4001: remove those ids", finding.Message);
    }

    [Fact]
    public void Csharp_directives_suppress_model_findings()
    {
        const string Model = """
            namespace Clinic;

            // empathylint-disable-next-line EL1001 -- mirrors the national register, which has two values
            public enum RegisteredSex { Male, Female }
            """;
        Assert.Equal(new[] { "4:13" }, Lint.CSharp(Model.Replace("// empathylint-disable-next-line EL1001 -- mirrors the national register, which has two values", "// a comment"), Focus).At("EL1001"));
        Assert.Empty(Lint.CSharp(Model, Focus));
    }

    [Fact]
    public void A_comment_an_extractor_already_recorded_is_not_read_twice()
    {
        const string Razor = "@* empathylint-disable-next-line EL1001 *@\n<p>x</p>\n";
        var document = new FormDocument("Page.razor", DocumentKind.Razor, Razor);
        // As a Razor extractor records it: the inner text, spanning only the inside of the comment.
        document.Comments.Add(new SourceComment(" empathylint-disable-next-line EL1001 ", document.Span(2, 38)));
        var directive = Assert.Single(Directives.Read(document));
        Assert.Equal(2, directive.FirstLine);
    }
}
