using EmpathyLint.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>The project's empathylint.yaml, arriving as an AdditionalFile, steers the build as it steers the CLI.</summary>
public class ConfigTests
{
    private const string BinaryGender = "<form>\n<label>Gender <select name=\"gender\"><option>Male</option><option>Female</option></select></label>\n</form>";

    private static List<string> Run(string config)
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/app/empathylint.yaml", config),
            new InMemoryAdditionalText("/app/Pages/form.html", BinaryGender),
        };
        var (diagnostics, exceptions) = AnalyzerRun.Run(Array.Empty<(string, string)>(), files);
        Assert.Empty(exceptions);
        return diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {d.Severity} {Path.GetFileName(span.Path)} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
        }).OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Config_severities_apply_in_the_build()
    {
        var defaults = Run("extends: recommended\n");
        Assert.Contains("EL1001 Warning form.html 2:15", defaults);

        var tuned = Run("extends: recommended\nrules:\n  EL1001: error\n  EL1003: off\n");
        Assert.Contains("EL1001 Error form.html 2:15", tuned);
        Assert.DoesNotContain(tuned, d => d.StartsWith("EL1003", StringComparison.Ordinal));
    }

    [Fact]
    public void Clinical_preset_accepts_a_sex_question()
    {
        const string Sex = "<form><label>Sex registered at birth <select name=\"sex\"><option>Male</option><option>Female</option></select></label></form>";
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/app/empathylint.yaml", "extends: clinical\n"),
            new InMemoryAdditionalText("/app/intake.html", Sex),
        };
        var (diagnostics, _) = AnalyzerRun.Run(Array.Empty<(string, string)>(), files);
        Assert.DoesNotContain(diagnostics, d => d.Id == "EL1001");
    }

    [Fact]
    public void Invalid_config_is_EL0002_errors_at_their_place_and_the_defaults_still_run()
    {
        var result = Run("rules:\n  EL9999: warning\n  EL1001: loud\n");
        Assert.Contains("EL0002 Error empathylint.yaml 2:3", result);
        Assert.Contains("EL0002 Error empathylint.yaml 3:11", result);
        Assert.Contains("EL1001 Warning form.html 2:15", result);
    }

    [Fact]
    public void Broken_yaml_is_EL0002_not_an_analyzer_crash()
    {
        var result = Run("rules: [unclosed\n");
        Assert.Contains(result, d => d.StartsWith("EL0002 Error empathylint.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain(result, d => d.StartsWith("AD0001", StringComparison.Ordinal));
    }
}
