using EmpathyLint.Catalog;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Catalog;

/// <summary>docs/rules is generated from the catalog; these fail when a page drifts. Set EMPATHYLINT_UPDATE_DOCS=1 to rewrite them.</summary>
public class DocsTests
{
    private static bool Update => Environment.GetEnvironmentVariable("EMPATHYLINT_UPDATE_DOCS") == "1";

    public static TheoryData<string> RuleIds() => CatalogTests.RuleIds();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_matches_the_catalog(string id)
    {
        var path = RepoPaths.Combine("docs", "rules", id + ".md");
        var expected = RuleDocs.Page(RuleCatalog.Default[id]);
        Check(path, expected);
    }

    [Fact]
    public void Index_lists_every_rule_by_category()
    {
        var path = RepoPaths.Combine("docs", "rules", "README.md");
        var expected = RuleDocs.Index(RuleCatalog.Default);
        foreach (var rule in RuleCatalog.Default.Rules) Assert.Contains($"[{rule.Id}]({rule.Id}.md)", expected);
        Check(path, expected);
    }

    [Fact]
    public void No_page_for_a_rule_that_is_not_in_the_catalog()
    {
        var pages = Directory.GetFiles(RepoPaths.Combine("docs", "rules"), "EL*.md").Select(Path.GetFileNameWithoutExtension);
        var ids = RuleCatalog.Default.Rules.Select(r => r.Id).ToHashSet();
        Assert.DoesNotContain(pages, p => !ids.Contains(p!));
    }

    private static void Check(string path, string expected)
    {
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run 'EMPATHYLINT_UPDATE_DOCS=1 dotnet test --filter DocsTests'");
        var actual = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(actual == expected, $"{path} has drifted from the catalog: run 'EMPATHYLINT_UPDATE_DOCS=1 dotnet test --filter DocsTests'");
    }
}
