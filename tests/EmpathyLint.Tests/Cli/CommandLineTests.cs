using System.Text.Json;
using EmpathyLint.Cli;
using EmpathyLint.Cli.CommandLine;

namespace EmpathyLint.Tests.Cli;

/// <summary>The command line conventions: help, --opt=value, response files, '--', standard input, completion.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string BinaryGender = """<form><label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label></form>""";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-cmd-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, new StringReader(stdin ?? ""), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("scan", "empathylint scan src --format=sarif")]
    [InlineData("rules", "empathylint rules --config strict.yaml")]
    [InlineData("explain", "empathylint explain EL1001")]
    [InlineData("init", "empathylint init --preset=strict --force")]
    [InlineData("completion", "source <(empathylint completion bash)")]
    public void Every_command_has_help_with_examples_and_exit_codes(string command, string example)
    {
        var (code, output, error) = Run(null, command, "--help");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains($"empathylint {command}", output);
        Assert.Contains("Examples:", output);
        Assert.Contains(example, output);
        Assert.Matches(@"Exit codes:\s+0 ", output);
        Assert.Contains("2 ", output[output.IndexOf("Exit codes:", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Rules_test_has_its_own_help()
    {
        var (code, output, _) = Run(null, "rules", "test", "-h");
        Assert.Equal(0, code);
        Assert.Contains("empathylint rules test <folder>", output);
        Assert.Contains("1 mismatches", output);
    }

    [Fact]
    public void No_command_prints_the_overview_and_exits_2()
    {
        var (code, output, _) = Run(null);
        Assert.Equal(2, code);
        Assert.Contains("scan", output);
        Assert.Contains("Exit codes:", output);
    }

    [Fact]
    public void Option_values_can_follow_an_equals_sign()
    {
        Write("a.html", BinaryGender);
        var (code, output, _) = Run(null, "scan", _dir, "--format=json", "--fail-on=error");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("filesScanned").GetInt32());
    }

    [Fact]
    public void Response_files_supply_arguments()
    {
        Write("a.html", BinaryGender);
        var rsp = Write("args.rsp", $"scan\n{_dir}\n--format\njson\n");
        var (code, output, _) = Run(null, "@" + rsp);
        Assert.Equal(1, code);
        Assert.Contains("\"ruleId\": \"EL1001\"", output);
    }

    [Fact]
    public void Double_dash_ends_options_so_a_file_named_like_an_option_is_scanned()
    {
        Write("-x.html", BinaryGender);
        var previous = Directory.GetCurrentDirectory();
        var (refused, _, refusal) = Run(null, "scan", "--quiet", "-x.html");
        Assert.Equal(2, refused);
        Assert.Contains("unknown option '-x.html'", refusal);
        var (code, output, error) = Run(null, "scan", "--fail-on", "warning", "--", Path.Combine(_dir, "-x.html"));
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains("-x.html(1,21): warning EL1001", output);
    }

    [Fact]
    public void Dash_reads_standard_input_under_the_stdin_filename()
    {
        var (code, output, _) = Run(BinaryGender.Replace("<form>", "<form>\n"), "scan", "-", "--stdin-filename", Path.Combine(_dir, "Pages", "Signup.cshtml"));
        Assert.Equal(1, code);
        Assert.Matches(@"Pages/Signup\.cshtml\(2,15\): warning EL1001", output);
        Assert.Contains("in 1 file scanned", output);
    }

    [Fact]
    public void Standard_input_without_a_name_is_linted_as_html()
    {
        var (code, output, _) = Run(BinaryGender, "scan", "-");
        Assert.Equal(1, code);
        Assert.Contains("stdin.html(1,21): warning EL1001", output);
    }

    [Fact]
    public void A_stdin_filename_EmpathyLint_does_not_read_is_a_usage_error()
    {
        var (code, _, error) = Run(BinaryGender, "scan", "-", "--stdin-filename", "notes.txt");
        Assert.Equal(2, code);
        Assert.Contains("--stdin-filename notes.txt: not a file EmpathyLint reads", error);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _empathylint_complete empathylint")]
    [InlineData("zsh", "compdef _empathylint empathylint")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName empathylint")]
    public void Completion_prints_a_script_that_uses_the_suggest_directive(string shell, string line)
    {
        var (code, output, _) = Run(null, "completion", shell);
        Assert.Equal(0, code);
        Assert.Contains(line, output);
        Assert.Contains("[suggest:", output);
    }

    [Theory]
    [InlineData("empathylint s", "scan")]
    [InlineData("empathylint scan --format ", "json")]
    [InlineData("empathylint scan --fail-on ", "none")]
    [InlineData("empathylint explain EL10", "EL1001")]
    [InlineData("empathylint init --preset ", "equality-monitoring")]
    public void The_suggest_directive_completes_from_the_declarations(string line, string expected)
    {
        var (code, output, _) = Run(null, $"[suggest:{line.Length}]", line);
        Assert.Equal(0, code);
        Assert.Contains(expected, output.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Two_formats_on_standard_output_is_a_usage_error()
    {
        Write("a.html", BinaryGender);
        var (code, _, error) = Run(null, "scan", _dir, "--format", "json", "--format", "text");
        Assert.Equal(2, code);
        Assert.Contains("only one --format can write to standard output", error);
    }

    [Fact]
    public void Each_output_goes_with_the_format_before_it()
    {
        Write("a.html", BinaryGender);
        var jsonFile = Path.Combine(_dir, "out", "el.json");
        Directory.CreateDirectory(Path.GetDirectoryName(jsonFile)!);
        var (code, output, _) = Run(null, "scan", Path.Combine(_dir, "a.html"), "--format", "json", "--output", jsonFile, "--format", "text");
        Assert.Equal(1, code);
        Assert.Contains("warning EL1001", output);
        Assert.DoesNotContain("\"ruleId\"", output);
        using var json = JsonDocument.Parse(File.ReadAllText(jsonFile));
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EL1001");
    }
}
