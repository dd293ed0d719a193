using EmpathyLint.Analyzers.Tests.Support;
using EmpathyLint.Cli.Commands;
using EmpathyLint.Cli.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>
/// The build sees the configuration the CLI sees: a config in a parent folder of the project (up to the
/// repository root), the file it extends and the .resx labels, all handed to the analyzer as the AdditionalFiles
/// the package passes, give the same findings, with the same severities, as <c>empathylint scan</c>.
/// </summary>
public sealed class ConfigParityTests : IDisposable
{
    private readonly DirectoryInfo _repo = Directory.CreateTempSubdirectory("el-config-parity");

    public void Dispose() => _repo.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_repo.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Parent_config_extends_file_and_resx_labels_give_the_cli_findings()
    {
        Directory.CreateDirectory(Path.Combine(_repo.FullName, ".git"));
        var config = Write("empathylint.yaml", "extends: ./config/base.yaml\nrules:\n  EL1001: error\n");
        var extended = Write("config/base.yaml", "extends: strict\nrules:\n  EL1005: off\n");
        var resx = Write("src/App/Resources/SharedResource.resx", """<root><data name="Fields.Sex"><value>Gender</value></data></root>""");
        var page = Write("src/App/Pages/Profile.cshtml", """
            @inject IViewLocalizer Localizer
            <form method="post">
              <label for="s">@Localizer["Fields.Sex"]</label>
              <select id="s" name="s">
                <option>Male</option>
                <option>Female</option>
              </select>
            </form>
            """);

        var loaded = ConfigDiscovery.Resolve(null, Path.GetDirectoryName(page)!);
        Assert.Equal(config, loaded.Path);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var cli = EmpathyLint.Cli.Scanning.Scanner.Scan(new[] { page }, loaded.Configuration, new[] { Path.Combine(_repo.FullName, "src", "App") })
            .Select(f => $"{f.RuleId} {f.Severity} {f.Span.StartLine}:{f.Span.StartColumn} {f.Message}")
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

        var additional = new[] { page, config, extended, resx }
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, SourceText.From(File.ReadAllText(p))))
            .ToList();
        var (diagnostics, exceptions) = AnalyzerRun.Run(Array.Empty<(string, string)>(), additional);
        Assert.Empty(exceptions);
        var analyzer = diagnostics
            .Select(d => $"{d.Id} {Severity(d)} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1} {d.GetMessage()}")
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

        // The label comes from the .resx, the severity from the project config, the preset from the extended file.
        Assert.Contains(cli, l => l.StartsWith("EL1001 Error", StringComparison.Ordinal) && l.Contains("Gender", StringComparison.Ordinal));
        Assert.DoesNotContain(cli, l => l.StartsWith("EL1005", StringComparison.Ordinal));
        Assert.Equal(cli, analyzer);
    }

    [Fact]
    public void An_extends_target_missing_from_the_additional_files_is_EL0002_naming_it()
    {
        var config = Write("empathylint.yaml", "extends: ./config/base.yaml\n");
        var (diagnostics, exceptions) = AnalyzerRun.Run(
            new[] { ("A.cs", "class A { }") },
            new AdditionalText[] { new InMemoryAdditionalText(config, File.ReadAllText(config)) });
        Assert.Empty(exceptions);
        var error = Assert.Single(diagnostics, d => d.Id == "EL0002");
        Assert.Contains("'./config/base.yaml'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("AdditionalFiles", error.GetMessage(), StringComparison.Ordinal);
    }

    private static string Severity(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        _ => "Info",
    };
}
