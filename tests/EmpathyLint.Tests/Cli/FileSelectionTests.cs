using EmpathyLint.Cli;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Cli;

/// <summary>Which files a scan reads: globs, --ignore-pattern, .empathylintignore, named ignored paths, --no-ignore, --print-config.</summary>
public sealed class FileSelectionTests : IDisposable
{
    private const string BinaryGender = """<form><label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label></form>""";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-files-" + Guid.NewGuid().ToString("N"));

    public FileSelectionTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, ".git"));
        Write("src/Pages/a.razor", BinaryGender);
        Write("src/Pages/b.html", BinaryGender);
        Write("src/Legacy/old.html", BinaryGender);
        Write("src/Generated/gen.html", BinaryGender);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.CliRun.Run(args);

    private static List<string> FilesIn(string output) => TextOutput.AsCompilerLines(output).Split('\n')
        .Where(l => l.Contains("): ")).Select(l => l[..l.IndexOf('(')]).Select(p => p[(p.IndexOf("/src/", StringComparison.Ordinal) + 1)..]).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();

    [Fact]
    public void A_glob_scans_the_files_it_matches()
    {
        var (code, output, _) = Run("scan", _dir + "/src/**/*.razor");
        Assert.Equal(1, code);
        Assert.Equal(new[] { "src/Pages/a.razor" }, FilesIn(output));
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_exit_2()
    {
        var (code, _, error) = Run("scan", _dir + "/src/**/*.cshtml");
        Assert.Equal(2, code);
        Assert.Contains("no files matched the pattern", error);
    }

    [Fact]
    public void Ignore_pattern_and_empathylintignore_skip_files()
    {
        Write(".empathylintignore", "src/Generated/\n");
        var (code, output, _) = Run("scan", Path.Combine(_dir, "src"), "--ignore-pattern", Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(_dir, "src", "Legacy")).Replace('\\', '/'));
        Assert.Equal(1, code);
        Assert.Equal(new[] { "src/Pages/a.razor", "src/Pages/b.html" }, FilesIn(output));
    }

    [Fact]
    public void A_named_ignored_file_is_scanned_with_a_notice()
    {
        Write(".empathylintignore", "src/Legacy/\n");
        var (code, output, error) = Run("scan", Path.Combine(_dir, "src", "Legacy", "old.html"));
        Assert.Equal(1, code);
        Assert.Equal(new[] { "src/Legacy/old.html" }, FilesIn(output));
        Assert.Contains("old.html is ignored by", error);
        Assert.Contains("scanned because it was named", error);
    }

    [Fact]
    public void A_named_ignored_folder_gets_a_notice_and_no_ignore_scans_it()
    {
        Write(".gitignore", "Legacy/\n");
        var legacy = Path.Combine(_dir, "src", "Legacy");
        var (code, output, error) = Run("scan", legacy);
        Assert.Equal(2, code);
        Assert.Contains("is ignored by", error);
        Assert.Contains("use --no-ignore to scan it", error);
        Assert.Contains("no files matched", error);
        Assert.Equal("", output);

        var (again, againOut, _) = Run("scan", legacy, "--no-ignore");
        Assert.Equal(1, again);
        Assert.Equal(new[] { "src/Legacy/old.html" }, FilesIn(againOut));
    }

    [Fact]
    public void Print_config_shows_the_config_and_severities_for_a_file()
    {
        Write("empathylint.yaml", "rules:\n  EL1001: error\n");
        var (code, output, _) = Run("scan", "--print-config", Path.Combine(_dir, "src", "Pages", "a.razor"));
        Assert.Equal(0, code);
        Assert.Contains("empathylint.yaml", output.Split('\n').Single(l => l.StartsWith("config: ", StringComparison.Ordinal)));
        Assert.Contains("  EL1001: error", output);
        Assert.Contains("ignored: no", output);
    }
}
