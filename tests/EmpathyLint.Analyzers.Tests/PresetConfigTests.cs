using System.Text;
using EmpathyLint.Analyzers.Tests.Support;
using EmpathyLint.Catalog;
using EmpathyLint.Model;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>
/// The package's preset global configs are generated from rules/presets/*.yaml (as the CLI reads them); these fail when a committed file drifts.
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
            Assert.True(SeverityIn("strict", rule) >= Severity.Warning, rule.Id + " is below warning in strict");
        }
        Assert.Equal(Severity.Warning, SeverityIn("minimal", catalog["EL0001"]));
        Assert.Equal(Severity.Warning, SeverityIn("minimal", catalog["EL1001"]));
        Assert.Contains(catalog.Rules, r => SeverityIn("minimal", r) == Severity.Off);
    }

    /// <summary>A preset's severity for a rule, read from rules/presets/&lt;preset&gt;.yaml by the same loader the CLI uses.</summary>
    public static Severity SeverityIn(string preset, RuleDescriptor rule) => Loaded(preset).SeverityOf(rule.Id);

    private static readonly Dictionary<string, EmpathyLint.Configuration.LintConfiguration> PresetConfigurations = new();

    private static EmpathyLint.Configuration.LintConfiguration Loaded(string preset)
    {
        lock (PresetConfigurations)
        {
            if (!PresetConfigurations.TryGetValue(preset, out var configuration))
            {
                var result = EmpathyLint.Configuration.ConfigLoader.Preset(preset);
                Assert.True(result.Succeeded, string.Join("; ", result.Problems));
                PresetConfigurations[preset] = configuration = result.Configuration;
            }
            return configuration;
        }
    }

    /// <summary>
    /// Only rules whose preset severity differs from the catalog default are written: the descriptors already carry
    /// the defaults, and a rule the preset leaves alone can still be tuned in empathylint.yaml.
    /// </summary>
    public static string Generate(string preset, RuleCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append("# EmpathyLint preset '").Append(preset).Append("', generated from rules/presets by PresetConfigTests: do not edit.\n");
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
