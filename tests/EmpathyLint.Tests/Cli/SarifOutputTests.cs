using System.Text.Json;
using EmpathyLint.Cli;
using EmpathyLint.Cli.Output;
using EmpathyLint.Cli.Scanning;
using EmpathyLint.Configuration;
using EmpathyLint.Tests.Support;
using NJsonSchema;

namespace EmpathyLint.Tests.Cli;

/// <summary>
/// The SARIF log is valid against the SARIF 2.1.0 JSON schema (TestData/sarif-schema-2.1.0.json, the 2.1.0 final
/// schema as shipped in the MIT-licensed npm package @microsoft/jest-sarif) and carries what code scanning reads.
/// </summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-sarif-" + Guid.NewGuid().ToString("N"));

    public SarifOutputTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SampleSarif()
    {
        var configuration = LintConfiguration.CreateDefault();
        var files = EmpathyLint.Cli.Commands.ScanCommand.CollectFiles(new[] { RepoPaths.Combine("samples") }, configuration);
        var findings = Scanner.Scan(files.Select(ScanInput.File).ToList(), configuration, keepSuppressed: true);
        var output = new StringWriter();
        SarifFormatter.Write(output, new ScanReport(findings, files.Count, configuration.Catalog));
        return output.ToString();
    }

    [Fact]
    public async Task Sample_scan_is_valid_SARIF_2_1_0()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Cli", "TestData", "sarif-schema-2.1.0.json"));
        var sarif = SampleSarif();
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        // The validator does reject a broken log: a result without a message.
        var broken = sarif.Replace("\"message\": {", "\"messageX\": {");
        Assert.NotEmpty(schema.Validate(broken));
    }

    [Fact]
    public void Rules_come_from_the_catalog_and_results_point_at_them()
    {
        using var json = JsonDocument.Parse(SampleSarif());
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var catalog = LintConfiguration.CreateDefault().Catalog;
        Assert.Equal(catalog.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var el1001 = rules.Single(r => r.GetProperty("id").GetString() == "EL1001");
        Assert.False(string.IsNullOrEmpty(el1001.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(el1001.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.EndsWith("docs/rules/EL1001.md", el1001.GetProperty("helpUri").GetString());
        Assert.Equal("warning", el1001.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("gender", el1001.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal("rule", el1001.GetProperty("properties").GetProperty("tier").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
            Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty("empathylint/v1").GetString());
            Assert.Equal(JsonValueKind.Array, result.GetProperty("relatedLocations").ValueKind);
        }
        Assert.Contains(results, r => r.GetProperty("properties").TryGetProperty("concept", out var c) && c.GetString() == "gender");
    }

    [Fact]
    public void In_source_suppressions_are_results_with_their_reason_and_do_not_fail_the_scan()
    {
        File.WriteAllText(Path.Combine(_dir, "a.html"), """
            <form>
            <!-- empathylint-disable-next-line EL1001, EL1003, EL3008 -- legacy form kept for the audit -->
            <label>Gender <select name="gender"><option>Male</option><option>Female</option></select></label>
            </form>
            """);
        var sarifPath = Path.Combine(_dir, "el.sarif");
        var output = new StringWriter();
        var code = Program.Run(new[] { "scan", _dir, "--format", "sarif", "--output", sarifPath, "--format", "text" }, output, new StringWriter());
        Assert.Equal(1, code); // EL1005 is about the whole form, which the directive does not cover
        Assert.DoesNotContain("warning EL1001", EmpathyLint.Tests.Support.TextOutput.AsCompilerLines(output.ToString()));
        using var json = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var el1001 = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "EL1001");
        var suppression = Assert.Single(el1001.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("legacy form kept for the audit", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Every_help_link_points_at_a_rule_page_that_ships_in_docs()
    {
        foreach (var rule in LintConfiguration.CreateDefault().Catalog.Rules)
        {
            var page = rule.HelpUri[(rule.HelpUri.IndexOf("/docs/", StringComparison.Ordinal) + 1)..];
            Assert.True(File.Exists(RepoPaths.Combine(page.Split('/'))), $"{rule.Id}: {rule.HelpUri} has no {page}");
        }
    }
}
