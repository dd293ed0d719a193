using EmpathyLint.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>The build honours the baseline the CLI writes (the package passes empathylint.baseline.json as an AdditionalFile).</summary>
public sealed class BaselineTests : IDisposable
{
    private const string Form = "<form>\n<label>Gender <select name=\"gender\"><option>Male</option><option>Female</option></select></label>\n</form>\n";
    private const string NewQuestion = "<label for=\"r\">Religion</label><input id=\"r\" name=\"religion\">\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-abaseline-" + Guid.NewGuid().ToString("N"));

    public BaselineTests() => Directory.CreateDirectory(Path.Combine(_dir, "Pages"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<string> Build(string formText, bool withBaseline)
    {
        var files = new List<AdditionalText> { new InMemoryAdditionalText(Path.Combine(_dir, "Pages", "form.html"), formText) };
        if (withBaseline) files.Add(new InMemoryAdditionalText(Path.Combine(_dir, "empathylint.baseline.json"), File.ReadAllText(Path.Combine(_dir, "empathylint.baseline.json"))));
        var (diagnostics, exceptions) = AnalyzerRun.Run(Array.Empty<(string, string)>(), files);
        Assert.Empty(exceptions);
        return diagnostics.Where(d => d.Id.StartsWith("EL", StringComparison.Ordinal)).Select(d => d.Id + " " + d.GetMessage()).ToList();
    }

    [Fact]
    public void Findings_in_the_CLI_baseline_are_not_reported_by_the_build()
    {
        var form = Path.Combine(_dir, "Pages", "form.html");
        File.WriteAllText(form, Form);
        var code = EmpathyLint.Cli.Program.Run(new[] { "baseline", "create", form, "--baseline", Path.Combine(_dir, "empathylint.baseline.json") }, new StringWriter(), new StringWriter());
        Assert.Equal(0, code);

        Assert.Contains(Build(Form, withBaseline: false), d => d.StartsWith("EL1001", StringComparison.Ordinal));
        Assert.Empty(Build(Form, withBaseline: true));
        // Moved lines stay accepted; a new question is reported.
        var changed = "<h1>Profile</h1>\n\n" + Form.Replace("</form>", NewQuestion + "</form>");
        var reported = Build(changed, withBaseline: true);
        Assert.DoesNotContain(reported, d => d.StartsWith("EL1001", StringComparison.Ordinal));
        Assert.Contains(reported, d => d.StartsWith("EL3001", StringComparison.Ordinal) && d.Contains("Religion"));
    }
}
