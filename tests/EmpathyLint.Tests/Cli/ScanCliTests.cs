using System.Text;
using System.Text.Json;
using EmpathyLint.Cli;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Cli;

public sealed class ScanCliTests : IDisposable
{
    private const string BinaryGender = """<form><label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label></form>""";
    private const string CleanForm = """<form><label for="e">Email</label><input id="e" type="email" autocomplete="email"></form>""";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-cli-" + Guid.NewGuid().ToString("N"));

    public ScanCliTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.CliRun.Run(args);

    [Fact]
    public void Findings_print_grouped_by_file_and_exit_1()
    {
        Write("a.html", BinaryGender);
        var (code, output, _) = Run("scan", _dir);
        Assert.Equal(1, code);
        Assert.Matches(@"(?m)^\S*a\.html\n  1:1 +warning +\S", output.Replace("\r", ""));
        var lines = TextOutput.AsCompilerLines(output).TrimEnd().Split('\n');
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^.*a\.html\(1,21\): warning EL1001: 'Gender' offers only 'Male' and 'Female'"));
        Assert.All(lines[..^1], l => Assert.Matches(@"^[^(]+\(\d+,\d+\): (error|warning|info) EL\d{4}: .+$", l));
        Assert.Matches(@"^\d+ findings? \(\d+ errors, \d+ warnings, \d+ info\) in 1 file scanned\.$", lines[^1]);
    }

    [Fact]
    public void Clean_scan_exits_0()
    {
        Write("a.html", CleanForm);
        var (code, output, _) = Run("scan", _dir);
        Assert.Equal(0, code);
        Assert.Contains("No findings in 1 file scanned.", output);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("none", 0)]
    public void Fail_on_sets_the_threshold(string level, int expected)
    {
        Write("a.html", BinaryGender);
        Assert.Equal(expected, Run("scan", _dir, "--fail-on", level).Code);
    }

    [Theory]
    [InlineData(new[] { "scan", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "scan", "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "scan", "--fail-on", "sometimes" }, "unknown --fail-on level 'sometimes'")]
    [InlineData(new[] { "scan", "--format" }, "Required argument missing for option: '--format'")]
    [InlineData(new[] { "scan", "--max-warnings", "-3" }, "--max-warnings must be 0 or more")]
    [InlineData(new[] { "scan", "--quiet", "-x.html" }, "unknown option '-x.html'")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    [InlineData(new[] { "scan", "/no/such/place" }, "/no/such/place: no such file or folder")]
    public void Usage_errors_exit_2_with_one_line_reason(string[] args, string reason)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(reason, error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void An_explicit_file_of_an_unknown_kind_is_a_usage_error()
    {
        var file = Write("notes.txt", "hello");
        var (code, _, error) = Run("scan", file);
        Assert.Equal(2, code);
        Assert.Contains("notes.txt: not a file EmpathyLint reads", error);
    }

    [Fact]
    public void Json_has_the_stable_shape_and_ordering()
    {
        Write("b.html", BinaryGender);
        Write("a/z.htm", "<p>nothing</p>\n" + BinaryGender);
        var (code, output, _) = Run("scan", _dir, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(new[] { "tool", "filesScanned", "baselined", "findings" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("empathylint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(2, root.GetProperty("filesScanned").GetInt32());
        var all = root.GetProperty("findings").EnumerateArray().ToList();
        var order = all.Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("ruleId").GetString()!)).ToList();
        Assert.Equal(order.OrderBy(o => o.Item1, StringComparer.Ordinal).ThenBy(o => o.Item2).ThenBy(o => o.Item3).ThenBy(o => o.Item4, StringComparer.Ordinal), order);
        var findings = all.Where(f => f.GetProperty("ruleId").GetString() == "EL1001").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(new[] { "ruleId", "severity", "path", "line", "column", "endLine", "endColumn", "message", "concept", "helpUri", "tier", "relatedLocations", "fingerprint" }, findings[0].EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("a/z.htm", findings[0].GetProperty("path").GetString());
        Assert.Equal(2, findings[0].GetProperty("line").GetInt32());
        Assert.EndsWith("b.html", findings[1].GetProperty("path").GetString());
        Assert.DoesNotContain('\\', findings[1].GetProperty("path").GetString()!);
        Assert.Equal("gender", findings[1].GetProperty("concept").GetString());
        Assert.Equal("warning", findings[1].GetProperty("severity").GetString());
    }

    [Fact]
    public void Walker_scans_every_form_kind_and_skips_build_output_dependencies_and_gitignored_files()
    {
        foreach (var file in new[] { "a.html", "b.htm", "Pages/c.cshtml", "Components/d.razor", "bin/e.html", "obj/f.html", "node_modules/x/g.html", ".git/h.html", "dist/i.html", "keep/j.html", "keep/generated/k.html" })
        {
            Write(file, BinaryGender);
        }
        Write(".gitignore", "dist/\n");
        Write("keep/.gitignore", "generated/\n");
        var (_, output, _) = Run("scan", _dir, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var paths = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "EL1001").Select(f => f.GetProperty("path").GetString()!.Split('/').Last()).ToList();
        Assert.Equal(new[] { "d.razor", "c.cshtml", "a.html", "b.htm", "j.html" }, paths);
    }

    [Fact]
    public void Binary_and_badly_encoded_files_are_reported_not_skipped()
    {
        File.WriteAllBytes(Path.Combine(_dir, "binary.html"), new byte[] { 0x3C, 0x00, 0x01, 0x02, 0xFF });
        File.WriteAllBytes(Path.Combine(_dir, "latin1.html"), Encoding.Latin1.GetBytes("<label>Género <input name=g></label>"));
        var (code, output, _) = Run("scan", _dir);
        Assert.Equal(1, code);
        Assert.Contains("binary.html(1,1): warning EL0001: File could not be scanned: the file is not valid UTF-8", TextOutput.AsCompilerLines(output));
        Assert.Contains("latin1.html(1,1): warning EL0001: File could not be scanned: the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset 8)", TextOutput.AsCompilerLines(output));
    }

    [Fact]
    public void Utf8_bom_is_not_a_column()
    {
        File.WriteAllBytes(Path.Combine(_dir, "bom.html"), Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BinaryGender)).ToArray());
        var (_, output, _) = Run("scan", _dir);
        Assert.Contains("bom.html(1,21): warning EL1001", TextOutput.AsCompilerLines(output));
    }
}
