using System.Text;
using EmpathyLint.Analyzers.Tests.Support;
using EmpathyLint.Catalog;
using EmpathyLint.Model;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>
/// The package's preset global configs are generated from the catalog; these fail when a committed file drifts.
/// Set EMPATHYLINT_UPDATE_PRESETS=1 to rewrite them.
/// </summary>
public class PresetConfigTests
{
    public static readonly string[] Presets = { "minimal", "recommended", "strict" };

    private static bool Update => Environment.GetEnvironmentVariable("EMPATHYLINT_UPDATE_PRESETS") == "1";

    public static TheoryData<string> PresetNames() => new(Presets);

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Packaged_global_config_matches_the_catalog(string preset)
    {
        var path = RepoPaths.Combine("analyzers", "EmpathyLint.Package", "config", $"EmpathyLint.{preset}.globalconfig");
        var expected = Generate(preset, RuleCatalog.Default);
        if (Update)
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run 'EMPATHYLINT_UPDATE_PRESETS=1 dotnet test tests/EmpathyLint.Analyzers.Tests --filter PresetConfigTests'");
        Assert.True(File.ReadAllText(path).Replace("\r\n", "\n") == expected, $"{path} has drifted from the catalog: run 'EMPATHYLINT_UPDATE_PRESETS=1 dotnet test tests/EmpathyLint.Analyzers.Tests --filter PresetConfigTests'");
    }

    [Fact]
    public void Presets_follow_their_definitions()
    {
        var catalog = RuleCatalog.Default;
        foreach (var rule in catalog.Rules)
        {
            Assert.Equal(rule.DefaultSeverity, SeverityIn("recommended", rule));
            Assert.True(SeverityIn("strict", rule) >= Severity.Warning, rule.Id);
            var minimal = SeverityIn("minimal", rule);
            if (rule.Id == "EL0001") Assert.Equal(Severity.Warning, minimal);
            else if (rule.Category is "gender" or "names" && rule.DefaultSeverity >= Severity.Warning) Assert.Equal(rule.DefaultSeverity, minimal);
            else Assert.Equal(Severity.Off, minimal);
        }
        Assert.Contains(catalog.Rules, r => SeverityIn("minimal", r) == Severity.Off);
    }

    /// <summary>
    /// minimal: only the gender and names rules that warn by default (and EL0001, so unreadable files are never silent);
    /// recommended: the catalog's severities; strict: every rule on, at warning or above.
    /// </summary>
    public static Severity SeverityIn(string preset, RuleDescriptor rule) => preset switch
    {
        "minimal" when rule.Id == "EL0001" => Severity.Warning,
        "minimal" => rule.Category is "gender" or "names" && rule.DefaultSeverity >= Severity.Warning ? rule.DefaultSeverity : Severity.Off,
        "strict" => rule.DefaultSeverity >= Severity.Warning ? rule.DefaultSeverity : Severity.Warning,
        _ => rule.DefaultSeverity,
    };

    /// <summary>
    /// Only rules whose preset severity differs from the catalog default are written: the descriptors already carry
    /// the defaults, and a rule the preset leaves alone can still be tuned in empathylint.yaml.
    /// </summary>
    public static string Generate(string preset, RuleCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append("# EmpathyLint preset '").Append(preset).Append("', generated from rules/catalog by PresetConfigTests: do not edit.\n");
        sb.Append("# Selected with <EmpathyLintPreset>").Append(preset).Append("</EmpathyLintPreset>. Lists only the rules whose severity\n");
        sb.Append("# differs from the catalog default; the project's own .globalconfig (global_level 100) overrides these.\n");
        sb.Append("is_global = true\n");
        sb.Append("global_level = -1\n");
        foreach (var rule in catalog.Rules)
        {
            var severity = SeverityIn(preset, rule);
            if (severity == rule.DefaultSeverity) continue;
            sb.Append('\n').Append("# ").Append(rule.Title).Append('\n');
            sb.Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ").Append(Roslyn(severity)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Roslyn(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "suggestion",
        _ => "none",
    };
}
