using EmpathyLint.Cli;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Cli.Commands;
using EmpathyLint.Configuration;
using EmpathyLint.Tests.Configuration;

namespace EmpathyLint.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Code, string Out, string Err) Init(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliParser.Run(new[] { "init" }.Concat(args).ToArray(), new CliContext(TextReader.Null, output, error, _folder.Path));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Init_writes_a_valid_commented_config_that_scan_then_uses()
    {
        var (code, output, _) = Init();
        Assert.Equal(0, code);
        Assert.Equal("Wrote empathylint.yaml (extends recommended). Edit it, then run 'empathylint scan'.", output.TrimEnd());
        var path = Path.Combine(_folder.Path, "empathylint.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains("extends: recommended", text);
        Assert.Contains("# Start from a preset", text);
        Assert.True(ConfigLoader.Load(path).Succeeded, string.Join("\n", ConfigLoader.Load(path).Problems));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories));

        // The scan picks the written file up from the folder, as it is and once edited.
        File.WriteAllText(Path.Combine(_folder.Path, "a.html"), """<label>Gender <select name="g"><option>Male</option><option>Female</option></select></label>""");
        var scanOut = new StringWriter();
        Assert.Equal(1, Program.Run(new[] { "scan", _folder.Path }, scanOut, new StringWriter()));
        Assert.Contains("a.html(1,15): warning EL1001", scanOut.ToString());
        File.WriteAllText(path, text.Replace("rules: {}", "rules:\n  \"*\": off"));
        scanOut = new StringWriter();
        Assert.Equal(0, Program.Run(new[] { "scan", _folder.Path }, scanOut, new StringWriter()));
        Assert.Contains("No findings in 1 file scanned.", scanOut.ToString());
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_force_replaces()
    {
        Assert.Equal(0, Init().Code);
        var path = Path.Combine(_folder.Path, "empathylint.yaml");
        File.WriteAllText(path, "# mine\n");
        var (code, _, error) = Init();
        Assert.Equal(2, code);
        Assert.Equal("empathylint: empathylint.yaml already exists here; use 'empathylint init --force' to replace it", error.TrimEnd());
        Assert.Equal("# mine\n", File.ReadAllText(path));

        Assert.Equal(0, Init("--force", "--preset", "strict").Code);
        Assert.Contains("extends: strict", File.ReadAllText(path));
    }

    [Fact]
    public void Init_refuses_when_another_config_name_is_there()
    {
        File.WriteAllText(Path.Combine(_folder.Path, ".empathylint.yaml"), "rules: {}\n");
        var (code, _, error) = Init();
        Assert.Equal(2, code);
        Assert.Contains(".empathylint.yaml already exists here", error);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "empathylint.yaml")));
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData("strict")]
    [InlineData("clinical")]
    [InlineData("equality-monitoring")]
    public void Every_preset_gives_a_valid_starter(string preset)
    {
        Assert.True(ConfigLoader.Parse(InitCommand.StarterText(preset), Path.Combine(_folder.Path, "empathylint.yaml")).Succeeded);
    }

    [Fact]
    public void Unknown_preset_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(2, Program.Run(new[] { "init", "--preset", "strickt" }, new StringWriter(), error));
        Assert.Contains("unknown preset 'strickt' (did you mean strict?)", error.ToString());
    }
}
