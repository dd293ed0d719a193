using EmpathyLint.Analyzers.Tests.Support;
using EmpathyLint.Catalog;
using EmpathyLint.Cli.Commands;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>
/// The build and the CLI must agree: for every fixture (catalog examples, the sample app, the engine tests'
/// fixtures) the analyzer reports the same findings as <c>empathylint scan</c> — id, line, column and message.
/// </summary>
public class ParityTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in FixtureFiles()) data.Add(Path.GetRelativePath(FixtureRoot, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Analyzer_and_cli_report_the_same_findings(string fixture)
    {
        var path = Path.Combine(FixtureRoot, fixture);
        var cli = EmpathyLint.Cli.Scanning.Scanner.Scan(new[] { path }, LintConfiguration.CreateDefault())
            .Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn} {f.Message}")
            .ToList();

        var isCSharp = path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);
        // The compiler decodes files itself; reading bytes the same way keeps BOM and line endings as they are on disk.
        var text = CompilerText.Read(path);
        var (diagnostics, exceptions) = isCSharp
            ? AnalyzerRun.Run(new[] { (path, text.ToString()) }, Array.Empty<AdditionalText>())
            : AnalyzerRun.Run(Array.Empty<(string, string)>(), new AdditionalText[] { new InMemoryAdditionalText(path, text) });
        Assert.Empty(exceptions);
        var analyzer = diagnostics
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .OrderBy(d => d.Span.StartLinePosition.Line).ThenBy(d => d.Span.StartLinePosition.Character).ThenBy(d => d.Diagnostic.Id, StringComparer.Ordinal).ThenBy(d => d.Diagnostic.GetMessage(), StringComparer.Ordinal)
            .Select(d => $"{d.Diagnostic.Id} {d.Span.StartLinePosition.Line + 1}:{d.Span.StartLinePosition.Character + 1} {d.Diagnostic.GetMessage()}")
            .ToList();

        Assert.Equal(cli, analyzer);
    }

    [Fact]
    public void Whole_sample_app_gives_the_same_findings_with_cross_file_facts()
    {
        var root = Path.Combine(FixtureRoot, "samples");
        var files = FixtureFiles().Where(f => f.StartsWith(root, StringComparison.Ordinal)).ToList();
        var cli = EmpathyLint.Cli.Scanning.Scanner.Scan(files, LintConfiguration.CreateDefault())
            .Select(f => $"{Path.GetRelativePath(root, Path.GetFullPath(f.Path)).Replace('\\', '/')} {f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn} {f.Message}"
                + string.Concat(f.RelatedLocations.Select(r => $" +{Path.GetRelativePath(root, Path.GetFullPath(r.Path)).Replace('\\', '/')}:{r.Span.StartLine}:{r.Span.StartColumn}")))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

        var texts = files.ToDictionary(f => f, CompilerText.Read);
        var (diagnostics, exceptions) = AnalyzerRun.Run(
            files.Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (f, texts[f].ToString())),
            files.Where(f => !f.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (AdditionalText)new InMemoryAdditionalText(f, texts[f])).ToList());
        Assert.Empty(exceptions);
        var analyzer = diagnostics
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .Select(d => $"{Path.GetRelativePath(root, d.Span.Path).Replace('\\', '/')} {d.Diagnostic.Id} {d.Span.StartLinePosition.Line + 1}:{d.Span.StartLinePosition.Character + 1} {d.Diagnostic.GetMessage()}"
                + string.Concat(d.Diagnostic.AdditionalLocations.Select(l => l.GetLineSpan()).Select(l => $" +{Path.GetRelativePath(root, l.Path).Replace('\\', '/')}:{l.StartLinePosition.Line + 1}:{l.StartLinePosition.Character + 1}")))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(cli);
        Assert.Contains(cli, l => l.Contains(" +", StringComparison.Ordinal));
        Assert.Equal(cli, analyzer);
    }

    [Fact]
    public void The_fixtures_include_every_catalog_example_and_the_sample_forms()
    {
        var files = FixtureFiles().Select(f => Path.GetRelativePath(FixtureRoot, f).Replace('\\', '/')).ToList();
        var examples = RuleCatalog.Default.Rules.Sum(r => r.Incorrect.Count + r.Correct.Count);
        Assert.Equal(examples, files.Count(f => f.StartsWith("catalog/", StringComparison.Ordinal)));
        Assert.Contains("samples/SampleApp/Pages/Account/Register.cshtml", files);
        Assert.Contains("samples/SampleApp/Components/Pages/SignUp.razor", files);
        Assert.Contains("samples/SampleApp/wwwroot/intake/patient-intake.html", files);
        Assert.Contains("samples/SampleApp/Models/Gender.cs", files);
    }

    /// <summary>Catalog examples written out as files, beside links to the repository's own fixtures.</summary>
    private static readonly string FixtureRoot = Materialize();

    private static IEnumerable<string> FixtureFiles() => Directory
        .EnumerateFiles(FixtureRoot, "*", SearchOption.AllDirectories)
        .Where(f => LintEngine.KindOf(f) is not null)
        .Where(f => !f.Replace('\\', '/').Contains("/obj/") && !f.Replace('\\', '/').Contains("/bin/"))
        .OrderBy(f => f, StringComparer.Ordinal);

    private static string Materialize()
    {
        var root = Path.Combine(Path.GetTempPath(), "empathylint-parity-" + Environment.ProcessId);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var catalog = Path.Combine(root, "catalog");
        Directory.CreateDirectory(catalog);
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var examples = rule.Incorrect.Select((e, i) => (e, $"{rule.Id}-incorrect-{i + 1}")).Concat(rule.Correct.Select((e, i) => (e, $"{rule.Id}-correct-{i + 1}")));
            foreach (var (example, name) in examples)
            {
                File.WriteAllText(Path.Combine(catalog, name + Extension(example.Language)), example.Code);
            }
        }
        Copy(RepoPaths.Combine("samples"), Path.Combine(root, "samples"));
        var engineFixtures = RepoPaths.Combine("tests", "EmpathyLint.Tests", "Fixtures");
        if (Directory.Exists(engineFixtures)) Copy(engineFixtures, Path.Combine(root, "engine-fixtures"));
        return root;
    }

    private static string Extension(string language) => language switch
    {
        "razor" => ".razor",
        "cshtml" => ".cshtml",
        "csharp" => ".cs",
        _ => ".html",
    };

    /// <summary>Byte-for-byte copies, so BOMs and CRLF line endings stay as the fixtures have them.</summary>
    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var normalized = relative.Replace('\\', '/');
            if (normalized.StartsWith("obj/") || normalized.Contains("/obj/") || normalized.Contains("/bin/")) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
