using EmpathyLint.Cli.Output;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using Snapshooter.Xunit;

namespace EmpathyLint.Tests.Cli;

/// <summary>The text and JSON outputs are read by people, editors and other tools: any change to them shows up here.</summary>
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

    [Fact]
    public void Text_output()
    {
        var output = new StringWriter { NewLine = "\n" };
        Formatters.WriteText(output, Findings(), filesScanned: 2);
        Snapshot.Match(output.ToString());
    }

    [Fact]
    public void Json_output()
    {
        var output = new StringWriter { NewLine = "\n" };
        Formatters.WriteJson(output, Findings(), filesScanned: 2);
        Snapshot.Match(output.ToString().Replace(ToolInfoVersion, "\"version\": \"VERSION\""));
    }

    private static string ToolInfoVersion => "\"version\": \"" + EmpathyLint.Cli.ToolInfo.Version + "\"";
}
