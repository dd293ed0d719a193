using EmpathyLint.Cli;
using EmpathyLint.Tests.Configuration;

namespace EmpathyLint.Tests.Cli;

/// <summary>The project config in the CLI: found from the scanned folder up, or given with --config; problems exit 2 as EL0002 lines.</summary>
public sealed class ConfigCommandTests : IDisposable
{
    private const string BinaryGender = """<form><label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label></form>""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_config_found_above_the_scanned_folder_is_used()
    {
        _folder.Write("empathylint.yaml", "rules:\n  EL1001: error\n");
        _folder.Write("src/a.html", BinaryGender);
        var (code, output, _) = Run("scan", Path.Combine(_folder.Path, "src"));
        Assert.Equal(1, code);
        Assert.Contains("a.html(1,21): error EL1001:", EmpathyLint.Tests.Support.TextOutput.AsCompilerLines(output));
    }

    [Fact]
    public void An_explicit_config_wins_over_the_found_one()
    {
        _folder.Write("empathylint.yaml", "rules:\n  EL1001: error\n");
        var other = _folder.Write("ci/off.yaml", "rules:\n  \"*\": off\n");
        _folder.Write("a.html", BinaryGender);
        var (code, output, _) = Run("scan", _folder.Path, "--config", other);
        Assert.Equal(0, code);
        Assert.Contains("No findings in 1 file scanned.", output);
    }

    [Fact]
    public void Ignores_in_the_config_skip_files()
    {
        _folder.Write("empathylint.yaml", "ignores: [\"wwwroot/lib/**\"]\n");
        _folder.Write("wwwroot/lib/vendor.html", BinaryGender);
        _folder.Write("Pages/a.html", BinaryGender);
        var (_, output, _) = Run("scan", _folder.Path);
        Assert.Contains("a.html(1,21): warning EL1001", EmpathyLint.Tests.Support.TextOutput.AsCompilerLines(output));
        Assert.DoesNotContain("vendor.html", output);
        Assert.Contains("1 file scanned", output);
    }

    [Theory]
    [InlineData("rules:\n  EL1O01: warning\n", 2, 3, "unknown rule id 'EL1O01' (did you mean EL1001?)")]
    [InlineData("rules:\n  EL1001: warn\n", 2, 11, "bad severity 'warn' for EL1001 (did you mean warning?)")]
    [InlineData("rules:\n  EL1001: warning\n   EL1004: off\n", 3, 0, "invalid YAML: ")]
    [InlineData("extends: recommended\nseverity: high\n", 2, 1, "unknown key 'severity'")]
    [InlineData("extends: strcit\n", 1, 10, "unknown preset 'strcit' (did you mean strict?)")]
    [InlineData("extends: empathylint.yaml\n", 1, 10, "'extends' makes a cycle: empathylint.yaml → empathylint.yaml")]
    [InlineData("rules:\n  EL1001:\n    options: { allowSexAtBirth: maybe }\n", 3, 33, "option 'allowSexAtBirth' of EL1001 must be true or false")]
    public void Each_bad_config_exits_2_with_file_line_column_and_reason(string yaml, int line, int column, string reason)
    {
        var config = _folder.Write("empathylint.yaml", yaml);
        _folder.Write("a.html", BinaryGender);
        foreach (var args in new[] { new[] { "scan", _folder.Path }, new[] { "rules", "--config", config }, new[] { "explain", "EL1001", "--config", config }, new[] { "rules", "test", _folder.Path } })
        {
            var (code, output, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            var first = error.Split('\n')[0];
            var where = column == 0 ? $"empathylint.yaml({line}," : $"empathylint.yaml({line},{column}): error EL0002: ";
            Assert.Contains(where, first);
            Assert.Contains("error EL0002: " + reason, first);
        }
    }

    [Fact]
    public void A_missing_config_file_exits_2()
    {
        _folder.Write("a.html", BinaryGender);
        var (code, _, error) = Run("scan", _folder.Path, "--config", Path.Combine(_folder.Path, "nope.yaml"));
        Assert.Equal(2, code);
        Assert.Contains("nope.yaml(1,1): error EL0002: the config file given with --config does not exist", error);
    }

    [Fact]
    public void Directives_work_in_a_scan()
    {
        _folder.Write("empathylint.yaml", "rules:\n  \"*\": off\n  EL1001: warning\n  EL0004: info\n");
        _folder.Write("a.html", "<!-- empathylint-disable-next-line EL1001 -->\n" + BinaryGender);
        var (code, output, _) = Run("scan", _folder.Path, "--fail-on", "warning");
        Assert.Equal(0, code);
        Assert.Contains("a.html(1,1): info EL0004: Suppression directive 'empathylint-disable-next-line EL1001' gives no reason", EmpathyLint.Tests.Support.TextOutput.AsCompilerLines(output));
    }
}
