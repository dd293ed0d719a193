using System.Text.Json;
using System.Text.RegularExpressions;
using EmpathyLint.Cli;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Personas;

/// <summary>The personas, inventory and report commands on the sample app.</summary>
public class ReportAndInventoryTests
{
    private static readonly string Sample = RepoPaths.Combine("samples", "SampleApp");

    private static (int Code, string Output, string Error) Run(params string[] args) => Support.CliRun.Run(args);

    private static readonly Lazy<string> Report = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "el-report-" + Guid.NewGuid().ToString("N") + ".html");
        var (code, _, error) = Run("report", Sample, "-o", path);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(path);
        File.Delete(path);
        return html;
    });

    [Fact]
    public void Personas_prints_where_each_person_is_first_blocked()
    {
        var (code, output, _) = Run("personas", Sample);
        Assert.Equal(0, code);
        Assert.Matches(@"Sukarno\s+BLOCKED\s+ok\s+ok\s+step 1", output);
        Assert.Contains("SampleApp/Pages/Account/Register.cshtml(34,9): has no family name, and 'Last name' is required (required)", output.Replace('\\', '/'));
    }

    [Fact]
    public void Inventory_lists_each_question_once_with_requiredness_and_purpose()
    {
        var (code, csv, _) = Run("inventory", Sample, "--format", "csv");
        Assert.Equal(0, code);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("path,line,form,question,category,required,purpose,legalBasis", lines[0]);
        var places = lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(2))).ToList();
        Assert.Equal(places.Count, places.Distinct().Count());
        Assert.Contains(lines, l => l.Contains("Pages/Checkout/Address.cshtml,38,") && l.Contains("date of birth") && l.Contains(",required,"));

        var (_, json, _) = Run("inventory", Sample, "--format", "json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(lines.Length - 1, document.RootElement.GetArrayLength());
        Assert.Contains(document.RootElement.EnumerateArray(), e => e.GetProperty("purpose").GetString()!.StartsWith("Clinical", StringComparison.Ordinal));
    }

    [Fact]
    public void Inventory_rejects_an_unknown_format_with_exit_2()
    {
        var (code, _, error) = Run("inventory", Sample, "--format", "xml");
        Assert.Equal(2, code);
        Assert.StartsWith("empathylint: unknown inventory format 'xml' (expected text, csv or json)", error.Trim());
    }

    [Fact]
    public void Report_is_self_contained_with_no_network_resource()
    {
        var html = Report.Value;
        Assert.DoesNotMatch(@"<(script|img|link|iframe)[^>]*\s(src|href)=""https?:", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("<style>", html);
        Assert.Contains("<svg class=\"chart\" role=\"img\"", html);
    }

    [Fact]
    public void Report_has_landmarks_headings_and_scoped_table_headers()
    {
        var html = Report.Value;
        foreach (var landmark in new[] { "<header>", "<nav aria-label=\"Sections\">", "<main id=\"main\">", "<footer>" }) Assert.Contains(landmark, html);
        Assert.Single(Regex.Matches(html, "<h1>"));
        Assert.DoesNotMatch("<th(?![^>]*scope=)[ >]", html);
    }

    [Fact]
    public void Every_in_page_link_has_a_target_and_blocked_cells_link_to_their_question()
    {
        var html = Report.Value;
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match link in Regex.Matches(html, "href=\"#([^\"]+)\"")) Assert.Contains(link.Groups[1].Value, ids);
        var mononymCell = Regex.Match(html, "<td class=\"cell-blocked\" data-persona=\"mononym\"><a href=\"#(q-[0-9-]+)\">blocked</a>");
        Assert.True(mononymCell.Success, "the mononym's blocked cell links to a question");
        Assert.Matches("<li id=\"" + mononymCell.Groups[1].Value + "\"[^>]*><strong>Sukarno</strong> — blocked: has no family name", html);
    }

    [Fact]
    public void Report_carries_the_inventory_as_a_csv_download_and_the_rules_rationale()
    {
        var html = Report.Value;
        Assert.Contains("download=\"inventory.csv\" href=\"data:text/csv;charset=utf-8,path%2Cline%2Cform", html);
        Assert.Contains("<article id=\"rule-EL2013\"", html);
        Assert.Contains("<article id=\"rule-EL6002\"", html);
    }
}
