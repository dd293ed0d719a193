using System.Text.Json;
using EmpathyLint.Cli;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Cli;

/// <summary>Adopting EmpathyLint on legacy code: baseline create → lines move → still matched → a fix → prune drops it.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string GenderSelect = """<label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label>""";
    private const string ReligionInput = """<label for="r">Religion</label><input id="r" name="religion">""";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-baseline-" + Guid.NewGuid().ToString("N"));

    public BaselineTests() => Directory.CreateDirectory(Path.Combine(_dir, "app"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string BaselinePath => Path.Combine(_dir, "empathylint.baseline.json");
    private string Form => Path.Combine(_dir, "app", "profile.html");

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.CliRun.Run(args);

    private (int Code, string Out, string Err) Scan(params string[] extra) =>
        Run(new[] { "scan", Path.Combine(_dir, "app"), "--baseline", BaselinePath }.Concat(extra).ToArray());

    [Fact]
    public void Round_trip_create_move_fix_prune()
    {
        File.WriteAllText(Form, $"<form>\n{GenderSelect}\n{ReligionInput}\n</form>\n");
        var (created, createdOut, _) = Run("baseline", "create", Path.Combine(_dir, "app"), "--baseline", BaselinePath);
        Assert.Equal(0, created);
        Assert.Matches(@"Wrote .*empathylint\.baseline\.json: \d+ accepted findings in 1 files\.", createdOut);
        using (var json = JsonDocument.Parse(File.ReadAllText(BaselinePath)))
        {
            var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
            Assert.Contains(entries, e => e.GetProperty("ruleId").GetString() == "EL1001" && e.GetProperty("path").GetString() == "app/profile.html" && e.GetProperty("question").GetString() == "gender");
            Assert.DoesNotContain(entries, e => e.TryGetProperty("line", out _));
        }

        // Everything accepted: clean, with the count of baselined findings.
        var (code, output, _) = Scan();
        Assert.Equal(0, code);
        Assert.Matches(@"No findings in 1 file scanned; \d+ more in the baseline\.", output);

        // Lines move (a new heading and blank lines above): still matched.
        File.WriteAllText(Form, $"<h1>Your profile</h1>\n\n\n<form>\n\n{ReligionInput}\n\n{GenderSelect}\n</form>\n");
        Assert.Equal(0, Scan().Code);

        // A new problem is reported, the old ones stay accepted.
        File.WriteAllText(Form, $"<form>\n{GenderSelect}\n{ReligionInput}\n<label for=\"e\">Ethnicity</label><input id=\"e\" name=\"ethnicity\">\n</form>\n");
        var (withNew, newOut, _) = Scan();
        Assert.Equal(1, withNew);
        var lines = TextOutput.AsCompilerLines(newOut);
        Assert.Contains("warning EL3001: 'Ethnicity'", lines);
        Assert.DoesNotContain("'Religion'", lines);
        Assert.DoesNotContain("EL1001", lines);
        // --no-baseline shows everything.
        Assert.Contains("EL1001", TextOutput.AsCompilerLines(Scan("--no-baseline").Out));

        // Fix the gender question, prune: its entries go, the religion ones stay.
        File.WriteAllText(Form, $"<form>\n{ReligionInput}\n</form>\n");
        var before = File.ReadAllText(BaselinePath);
        var (pruned, prunedOut, _) = Run("baseline", "prune", Path.Combine(_dir, "app"), "--baseline", BaselinePath);
        Assert.Equal(0, pruned);
        Assert.Contains("Pruned", prunedOut);
        var after = File.ReadAllText(BaselinePath);
        Assert.Contains("\"EL1001\"", before);
        Assert.DoesNotContain("\"EL1001\"", after);
        Assert.Contains("\"question\": \"religion\"", after);
        // The gender question coming back is new again.
        File.WriteAllText(Form, $"<form>\n{GenderSelect}\n{ReligionInput}\n</form>\n");
        Assert.Contains("EL1001", TextOutput.AsCompilerLines(Scan().Out));
    }

    [Fact]
    public void Create_refuses_to_replace_and_prune_needs_a_baseline()
    {
        File.WriteAllText(Form, $"<form>\n{GenderSelect}\n</form>\n");
        Assert.Equal(0, Run("baseline", "create", Form, "--baseline", BaselinePath).Code);
        var (again, _, error) = Run("baseline", "create", Form, "--baseline", BaselinePath);
        Assert.Equal(2, again);
        Assert.Contains("already exists; use 'empathylint baseline update'", error);
        Assert.Equal(0, Run("baseline", "create", Form, "--baseline", BaselinePath, "--force").Code);
        var (prune, _, pruneError) = Run("baseline", "prune", Form, "--baseline", Path.Combine(_dir, "none.json"));
        Assert.Equal(2, prune);
        Assert.Contains("no baseline to prune", pruneError);
    }

    [Fact]
    public void A_malformed_baseline_is_a_usage_error_naming_the_file()
    {
        File.WriteAllText(Form, $"<form>\n{GenderSelect}\n</form>\n");
        File.WriteAllText(BaselinePath, "{ \"entries\": [] }");
        var (code, _, error) = Scan();
        Assert.Equal(2, code);
        Assert.Contains("empathylint.baseline.json", error);
        Assert.Contains("version: 1", error);
    }
}
