using EmpathyLint.Cli;
using EmpathyLint.Tests.Configuration;

namespace EmpathyLint.Tests.Cli;

/// <summary><c>empathylint rules test</c>: annotated example files prove what a rule set reports.</summary>
public sealed class RulesTestCommandTests : IDisposable
{
    private const string Gender = """<label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label>""";
    private const string Sex = """<label>Sex <select name="sex"><option>Male</option><option>Female</option></select></label>""";
    private readonly TempFolder _folder = new();

    public RulesTestCommandTests()
    {
        // The rule set under test: EL1001 and the directive rules only (found from the cases folder up).
        _folder.Write("empathylint.yaml", "rules:\n  \"*\": off\n  EL1001: warning\n  EL0003: info\n  EL0004: info\n");
    }

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }

    [Fact]
    public void Matching_expectations_pass()
    {
        _folder.Write("cases/gender.html", $"<!-- expect: EL1001 -->\n\n{Gender}\n<p>nothing here</p>\n");
        _folder.Write("cases/signup.razor", $"@* expect: EL1001 *@\n{Gender}\n");
        _folder.Write("cases/clean.html", "<p>no questions</p>\n");
        var (code, output, _) = Run("rules", "test", Path.Combine(_folder.Path, "cases"));
        Assert.Equal("rules test: 3 passed, 0 failed\n", output);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Missing_and_unexpected_findings_are_each_reported_with_the_line()
    {
        _folder.Write("cases/a.html", $"<!-- expect: EL1001 -->\n<p>moved</p>\n{Gender}\n");
        var (code, output, _) = Run("rules", "test", Path.Combine(_folder.Path, "cases"));
        Assert.Equal(1, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("a.html(2): missing EL1001", lines[0]);
        Assert.Matches(@"a\.html\(3\): unexpected EL1001: 'Gender' offers only 'Male' and 'Female'", lines[1]);
        Assert.Equal("rules test: 0 passed, 1 failed", lines[2]);
    }

    [Fact]
    public void The_active_config_decides_what_is_expected()
    {
        _folder.Write("cases/sex.html", $"<!-- expect: none -->\n{Sex}\n");
        Assert.Equal(1, Run("rules", "test", Path.Combine(_folder.Path, "cases")).Code);
        var clinical = _folder.Write("clinical.yaml", "extends: clinical\nrules:\n  \"*\": off\n  EL1001: warning\n");
        var (code, output, _) = Run("rules", "test", Path.Combine(_folder.Path, "cases"), "--config", clinical);
        Assert.Equal(0, code);
        Assert.Equal("rules test: 1 passed, 0 failed\n", output);
    }

    [Fact]
    public void Expect_file_covers_findings_anywhere_in_the_file()
    {
        _folder.Write("cases/a.html", $"<!-- expect-file: EL1001, EL0004 -->\n<!-- empathylint-disable-next-line EL1001 -->\n{Gender}\n{Gender.Replace("gender", "g2")}\n");
        var (code, output, _) = Run("rules", "test", Path.Combine(_folder.Path, "cases"));
        Assert.Equal("rules test: 1 passed, 0 failed\n", output);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Expect_file_reports_a_rule_that_never_fires()
    {
        _folder.Write("cases/a.html", "<!-- expect-file: EL1001 -->\n<p>clean</p>\n");
        var (code, output, _) = Run("rules", "test", Path.Combine(_folder.Path, "cases"));
        Assert.Equal(1, code);
        Assert.Contains("a.html(1): missing EL1001 (expect-file)", output);
    }

    [Fact]
    public void A_folder_with_nothing_to_test_is_a_usage_error()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));
        var (code, _, error) = Run("rules", "test", Path.Combine(_folder.Path, "empty"));
        Assert.Equal(2, code);
        Assert.Contains("no .html, .htm, .cshtml, .razor or .cs files to test", error);
    }

    [Fact]
    public void Csharp_files_are_tested_with_line_comments()
    {
        _folder.Write("cases/Gender.cs", "namespace Shop;\n\n// expect: EL1001\npublic enum Gender { Male, Female }\n");
        var (code, output, _) = Run("rules", "test", Path.Combine(_folder.Path, "cases"));
        Assert.Equal("rules test: 1 passed, 0 failed\n", output);
        Assert.Equal(0, code);
    }
}
