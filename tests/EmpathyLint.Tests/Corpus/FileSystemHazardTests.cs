using System.Diagnostics;
using EmpathyLint.Cli;
using EmpathyLint.Configuration;
using EmpathyLint.Tests.Configuration;

namespace EmpathyLint.Tests.Corpus;

/// <summary>
/// Hazards from the file system and from broken config text: each ends in a one-line reason naming the file
/// (EL0001 for a scanned file, EL0002 or exit 2 for config), never a hang, a crash or a stack trace.
/// </summary>
public sealed class FileSystemHazardTests : IDisposable
{
    private const string BinaryGender = """<form><label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label></form>""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, EmpathyLint.Tests.Support.TextOutput.AsCompilerLines(output.ToString()), error.ToString());
    }

    private string MakeFifo(string relative)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    [Fact]
    public void A_fifo_named_like_a_form_is_EL0001_not_a_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        _folder.Write("a.html", BinaryGender);
        MakeFifo("x.html");
        var (code, output, _) = Run("scan", _folder.Path);
        Assert.Equal(1, code);
        Assert.Contains("x.html(1,1): warning EL0001: File could not be scanned: the file could not be read: it is a named pipe (FIFO)", output);
        Assert.Contains("a.html(1,21): warning EL1001", output);
    }

    [Fact]
    public void A_link_to_dev_zero_is_EL0001_not_an_endless_read()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/zero")) return;
        _folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "zero.html"), "/dev/zero");
        var (_, output, _) = Run("scan", _folder.Path);
        Assert.Contains("zero.html(1,1): warning EL0001: File could not be scanned: the file could not be read: it is a device, not a file", output);
    }

    [Fact]
    public void A_fifo_as_config_extends_target_or_gitignore_never_blocks()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        _folder.Write("a.html", BinaryGender);
        MakeFifo(".gitignore");
        MakeFifo("base.yaml");
        _folder.Write("empathylint.yaml", "extends: ./base.yaml\n");
        var (code, _, error) = Run("scan", _folder.Path);
        Assert.Equal(2, code);
        Assert.Contains("empathylint.yaml(1,10): error EL0002: 'extends' names './base.yaml', but the file could not be read: it is a named pipe (FIFO)", error);

        File.Delete(Path.Combine(_folder.Path, "empathylint.yaml"));
        MakeFifo("empathylint.yaml");
        (code, _, error) = Run("scan", _folder.Path);
        Assert.Equal(2, code);
        Assert.Contains("empathylint.yaml(1,1): error EL0002: the config file could not be read: the file could not be read: it is a named pipe (FIFO)", error);
    }

    [Fact]
    public void A_bad_gitignore_line_costs_that_line_only_with_a_warning()
    {
        _folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        _folder.Write(".gitignore", "[unterminated\nignored/\n");
        _folder.Write("ignored/b.html", BinaryGender);
        _folder.Write("a.html", BinaryGender);
        var (code, output, error) = Run("scan", _folder.Path);
        Assert.Equal(1, code);
        Assert.Contains("a.html(1,21): warning EL1001", output);
        Assert.DoesNotContain("b.html", output);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_symlink_loop_beside_resx_files_ends()
    {
        if (OperatingSystem.IsWindows()) return;
        _folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        _folder.Write("app/Shared.resx", """<root><data name="G"><value>Gender</value></data></root>""");
        _folder.Write("app/a.html", BinaryGender);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "app", "loop"), Path.Combine(_folder.Path, "app"));
        var (code, output, _) = Run("scan", Path.Combine(_folder.Path, "app"));
        Assert.Equal(1, code);
        Assert.Contains("a.html(1,21): warning EL1001", output);
    }

    [Fact]
    public void An_empty_path_is_a_usage_error()
    {
        var (code, _, error) = Run("scan", "");
        Assert.Equal(2, code);
        Assert.Contains("an empty path was given", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("rules:\n  EL1001: error\n---\nrules:\n  EL1001: off\n", 3, 1, "a config is one YAML document")]
    [InlineData("rules: {EL1001: error, EL1001: off}\n", 1, 24, "invalid YAML")]
    [InlineData("rules: [\n", 2, 1, "invalid YAML")]
    public void Broken_config_text_is_EL0002_at_its_place(string yaml, int line, int column, string reason)
    {
        var problem = ConfigLoader.Parse(yaml, "empathylint.yaml").Problems.First();
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.StartsWith(reason, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Deeply_nested_flow_collections_are_EL0002_not_a_stack_overflow(char open, char close)
    {
        var yaml = "rules: " + new string(open, 40_000) + new string(close, 40_000) + "\n";
        var problem = Assert.Single(ConfigLoader.Parse(yaml, "empathylint.yaml").Problems);
        Assert.Contains("nest deeper than 64 levels", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }
}
