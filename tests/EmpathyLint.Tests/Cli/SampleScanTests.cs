using EmpathyLint.Cli.Commands;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Cli;

/// <summary>The bundled sample is what a newcomer scans first: it must show every foundation rule, and nothing on the pages that do it right.</summary>
public class SampleScanTests
{
    private static readonly Lazy<List<Finding>> Findings = new(() =>
    {
        var configuration = LintConfiguration.CreateDefault();
        var files = ScanCommand.CollectFiles(new[] { RepoPaths.Combine("samples") }, configuration);
        return EmpathyLint.Cli.Scanning.Scanner.Scan(files, configuration);
    });

    [Theory]
    [InlineData("EL0001")]
    [InlineData("EL1001")]
    [InlineData("EL1003")]
    [InlineData("EL1004")]
    [InlineData("EL1005")]
    [InlineData("EL2001")]
    [InlineData("EL2002")]
    [InlineData("EL2010")]
    [InlineData("EL2013")]
    [InlineData("EL3001")]
    [InlineData("EL3002")]
    [InlineData("EL3003")]
    [InlineData("EL3004")]
    public void Sample_scan_shows_each_foundation_rule(string ruleId)
    {
        Assert.Contains(Findings.Value, f => f.RuleId == ruleId);
    }

    [Theory]
    [InlineData("Pages/Contact/Inclusive.cshtml")]
    [InlineData("Pages/Contact/Inclusive.cshtml.cs")]
    [InlineData("Components/Pages/PetRegistration.razor")]
    [InlineData("Components/Pages/CableOrder.razor")]
    [InlineData("Models/Department.cs")]
    public void Pages_that_do_it_right_or_ask_about_things_have_no_finding(string file)
    {
        Assert.True(File.Exists(RepoPaths.Combine("samples", "SampleApp", file)), file + " is missing from the sample");
        Assert.DoesNotContain(Findings.Value, f => f.Path.EndsWith("SampleApp/" + file, StringComparison.Ordinal));
    }

    [Fact]
    public void The_staff_shop_department_filter_is_not_a_gender_question()
    {
        // Profile.cshtml lines 110-115: "Shop for: Men / Women".
        Assert.DoesNotContain(Findings.Value, f => f.Path.EndsWith("Profile.cshtml", StringComparison.Ordinal) && f.Span.StartLine is >= 110 and <= 116);
    }

    [Fact]
    public void Exact_positions_hold_in_a_crlf_file_with_a_bom()
    {
        // Profile.cshtml is CRLF with a UTF-8 BOM on purpose; the National Insurance input is on line 58.
        var finding = Assert.Single(Findings.Value, f => f.Path.EndsWith("Pages/Account/Profile.cshtml", StringComparison.Ordinal) && f.RuleId == "EL3002");
        Assert.Equal((58, 9), (finding.Span.StartLine, finding.Span.StartColumn));
    }

    [Fact]
    public void A_question_bound_from_a_page_model_is_reported_once_at_its_control_with_the_member_related()
    {
        // Profile.cshtml binds Input.Religion (Profile.cshtml.cs line 45): one finding, where the person is asked.
        var religion = Assert.Single(Findings.Value, f => f.RuleId == "EL3001" && f.Message.StartsWith("'Religion'", StringComparison.Ordinal));
        Assert.EndsWith("Pages/Account/Profile.cshtml", religion.Path, StringComparison.Ordinal);
        var member = Assert.Single(religion.RelatedLocations);
        Assert.EndsWith("Pages/Account/Profile.cshtml.cs", member.Path, StringComparison.Ordinal);
        Assert.Equal((45, "model member"), (member.Span.StartLine, member.Role));
    }
}
