using EmpathyLint.Catalog;
using EmpathyLint.Cli;
using EmpathyLint.Tests.Configuration;

namespace EmpathyLint.Tests.Cli;

public sealed class RulesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.CliRun.Run(args);

    [Fact]
    public void Lists_every_rule_with_its_severity_in_the_active_config()
    {
        var config = _folder.Write("empathylint.yaml", "extends: strict\nrules:\n  EL1001: error\n");
        var (code, output, _) = Run("rules", "--config", config);
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Matches(@"^ID +TITLE +CATEGORY +SEVERITY +TIER$", lines[0]);
        Assert.Equal(RuleCatalog.Default.Rules.Count + 2, lines.Count);
        Assert.Matches(@"^EL1001 +Gender question offers only male and female +gender +error +-$", lines.Single(l => l.StartsWith("EL1001", StringComparison.Ordinal)));
        Assert.Matches(@"^EL0003 +Suppression directive matched nothing +tooling +warning +-$", lines.Single(l => l.StartsWith("EL0003", StringComparison.Ordinal)));
        Assert.EndsWith("empathylint.yaml", lines[^1]);
        Assert.StartsWith($"{RuleCatalog.Default.Rules.Count} rules, {RuleCatalog.Default.Rules.Count} on; configuration: ", lines[^1]);
    }

    [Fact]
    public void Without_a_config_shows_the_catalog_defaults()
    {
        var (code, output, _) = Run("rules", "--config", _folder.Write("empty.yaml", ""));
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^EL0003 +Suppression directive matched nothing +tooling +info +-\r?$", output);
    }

    [Fact]
    public void Unknown_argument_is_a_usage_error()
    {
        var (code, _, error) = Run("rules", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument '--bogus' (try 'empathylint rules --help')", error);
    }
}
