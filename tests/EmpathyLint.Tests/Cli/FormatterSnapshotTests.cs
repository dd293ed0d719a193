using EmpathyLint.Cli.Output;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using Snapshooter.Xunit;

namespace EmpathyLint.Tests.Cli;

/// <summary>Every output format is read by people, editors and other tools: any change to them shows up here.</summary>
public class FormatterSnapshotTests
{
    private static List<Finding> Findings()
    {
        var engine = new LintEngine(LintConfiguration.CreateDefault());
        var findings = new List<Finding>();
        foreach (var (display, file) in new[]
        {
            ("app/equality.html", RepoPaths.Combine("tests", "EmpathyLint.Tests", "Fixtures", "Html", "equality-monitoring.html")),
            ("app/Register.cshtml", RepoPaths.Combine("samples", "SampleApp", "Pages", "Account", "Register.cshtml")),
        })
        {
            Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(file, out var text, out var problem), problem);
            findings.AddRange(engine.Lint(display, text));
        }
        findings.Sort();
        return findings;
    }

    private static ScanReport Report(bool colour = false)
    {
        var findings = Findings();
        // One finding suppressed in source: shown by SARIF only, with its reason.
        findings[^1].Suppression = new FindingSuppression("empathylint-disable-next-line " + findings[^1].RuleId, "reviewed with the data protection officer");
        return new ScanReport(findings, 2, LintConfiguration.CreateDefault().Catalog) { Baselined = 3, Colour = colour };
    }

    private static string Write(string format, ScanReport report)
    {
        var output = new StringWriter { NewLine = "\n" };
        Formatters.Write(format, output, report);
        return output.ToString().Replace(ToolInfoVersion, "\"version\": \"VERSION\"");
    }

    [Fact]
    public void Text_output() => Snapshot.Match(Write("text", Report()));

    [Fact]
    public void Text_output_in_colour() => Snapshot.Match(Write("text", Report(colour: true)).Replace("\u001b", "ESC"));

    [Fact]
    public void Msbuild_output()
    {
        var text = Write("msbuild", Report());
        // The project is the nearest .csproj above each file, else the working folder: machine-specific, so named here.
        Snapshot.Match(text.Replace(Directory.GetCurrentDirectory(), "CWD"));
    }

    [Fact]
    public void Github_output() => Snapshot.Match(Write("github", Report()));

    [Fact]
    public void Json_output() => Snapshot.Match(Write("json", Report()));

    [Fact]
    public void Msbuild_lines_match_the_setup_dotnet_problem_matcher()
    {
        // The regexp of setup-dotnet's csc problem matcher (.github/csc.json).
        var matcher = new System.Text.RegularExpressions.Regex(@"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?(?:,\d+)?\):\s+(error|warning)\s+([a-zA-Z_\d]+):\s+(.*?)\s+\[(.+)\]$");
        var lines = Write("msbuild", Report()).Split('\n').Where(l => l.Contains(" warning EL")).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(matcher, l));
    }

    [Fact]
    public void Github_commands_escape_what_the_runner_reads_as_syntax()
    {
        Assert.Equal("a%3A b%2C c%25%0A", GitHubFormatter.Property("a: b, c%\n"));
        Assert.Equal("a: b, c%25%0D%0A", GitHubFormatter.Data("a: b, c%\r\n"));
    }

    private static string ToolInfoVersion => "\"version\": \"" + EmpathyLint.Cli.ToolInfo.Version + "\"";
}
