using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using EmpathyLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmpathyLint.Analyzers;

/// <summary>What one compilation's analysis shares: the configuration, the engine and which files to lint.</summary>
internal sealed class AnalysisSession
{
    private readonly Dictionary<string, AdditionalText> _firstMarkupFileByPath;
    private readonly HashSet<string> _duplicatedPaths;
    private readonly string? _baseDirectory;
    private readonly List<Glob> _ignores;

    private AnalysisSession(LintEngine engine, AdditionalText? configFile, string? configProblem, string? projectProblem, Dictionary<string, AdditionalText> firstMarkupFileByPath, HashSet<string> duplicatedPaths, SyntaxTree? firstTree)
    {
        Engine = engine;
        ConfigFile = configFile;
        ConfigProblem = configProblem;
        ProjectProblem = projectProblem;
        _firstMarkupFileByPath = firstMarkupFileByPath;
        _duplicatedPaths = duplicatedPaths;
        FirstTree = firstTree;
        _baseDirectory = configFile is null ? null : Path.GetDirectoryName(configFile.Path);
        _ignores = engine.Configuration.Ignores.Select(g => new Glob(g)).ToList();
    }

    public LintEngine Engine { get; }
    public AdditionalText? ConfigFile { get; }

    /// <summary>Why the config file could not be used, reported as EL0001 on it.</summary>
    public string? ConfigProblem { get; }

    /// <summary>EL0002 findings for an invalid config, at their places in the config file.</summary>
    public IReadOnlyList<Finding> ConfigErrors { get; private set; } = Array.Empty<Finding>();

    /// <summary>Why the C# facts could not be collected, reported as EL0001 on <see cref="FirstTree"/>.</summary>
    public string? ProjectProblem { get; }
    public SyntaxTree? FirstTree { get; }

    public static AnalysisSession Create(Compilation compilation, AnalyzerOptions options, IReadOnlyList<Rule>? rules, CancellationToken cancellationToken)
    {
        var configFile = ProjectConfiguration.Find(options);
        var configuration = ProjectConfiguration.Load(configFile, options.AdditionalFiles, cancellationToken, out var configProblem, out var configErrors);
        ApplyRoslynSeverities(configuration, compilation.Options, cancellationToken);

        ProjectContext project;
        string? projectProblem = null;
        try
        {
            project = ProjectContextSource.Build(compilation, options.AdditionalFiles, cancellationToken);
            ProjectContextSource.AddResources(options.AdditionalFiles, project, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            project = ProjectContext.Empty;
            projectProblem = "facts from the C# models could not be collected, markup is checked without them: " + ex.GetType().Name + ": " + ex.Message;
        }

        var first = new Dictionary<string, AdditionalText>(StringComparer.OrdinalIgnoreCase);
        var duplicated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var compiled = new HashSet<string>(compilation.SyntaxTrees.Select(t => Normalize(t.FilePath)), StringComparer.OrdinalIgnoreCase);
        foreach (var file in options.AdditionalFiles)
        {
            if (!LintEngine.IsMarkupPath(file.Path)) continue;
            var key = Normalize(file.Path);
            // A file the compiler also compiles is linted once, as C#.
            if (compiled.Contains(key)) continue;
            if (first.ContainsKey(key)) duplicated.Add(key);
            else first[key] = file;
        }

        var firstTree = compilation.SyntaxTrees.FirstOrDefault(t => !IsGenerated(t.FilePath));
        return new AnalysisSession(new LintEngine(configuration, project, rules), configFile, configProblem, projectProblem, first, duplicated, firstTree)
        {
            ConfigErrors = configErrors,
        };
    }

    /// <summary>True for the one AdditionalText per path that is linted (the same file passed twice is linted once).</summary>
    public bool ShouldLintMarkup(AdditionalText file)
    {
        var key = Normalize(file.Path);
        if (!_firstMarkupFileByPath.TryGetValue(key, out var first)) return false;
        return ReferenceEquals(first, file) || !_duplicatedPaths.Contains(key);
    }

    /// <summary>The path the engine sees: relative to the config file's folder when there is one, as purposes and ignores are.</summary>
    public string EnginePath(string path)
    {
        if (_baseDirectory is null || _baseDirectory.Length == 0) return path;
        var full = Normalize(path);
        var root = Normalize(_baseDirectory).TrimEnd('/') + "/";
        return full.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? full.Substring(root.Length) : path;
    }

    public bool IsIgnored(string enginePath) => _ignores.Count > 0 && _ignores.Any(g => g.IsMatch(enginePath));

    /// <summary>Generated sources (Razor's .g.cs, designer files, anything under obj/) are never linted.</summary>
    public static bool IsGenerated(string path)
    {
        if (string.IsNullOrEmpty(path)) return true;
        var normalized = Normalize(path);
        var name = Path.GetFileName(normalized);
        return name.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".g.i.cs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
            || normalized.IndexOf("/obj/", StringComparison.OrdinalIgnoreCase) >= 0
            || normalized.StartsWith("obj/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// NoWarn, WarningsAsErrors, global configs (the presets) and .editorconfig severities decide which rules run
    /// when they name a rule: a rule they suppress is not run at all, a rule they enable runs even if the
    /// project config leaves it off. Roslyn applies the same settings to the diagnostics afterwards.
    /// </summary>
    private static void ApplyRoslynSeverities(LintConfiguration configuration, CompilationOptions options, CancellationToken cancellationToken)
    {
        foreach (var rule in configuration.Catalog.Rules)
        {
            var configured = RoslynSeverity(options, rule.Id, cancellationToken);
            if (configured is null) continue;
            configuration.Severities[rule.Id] = configured.Value;
        }
    }

    internal static Severity? RoslynSeverity(CompilationOptions options, string id, CancellationToken cancellationToken)
    {
        options.SpecificDiagnosticOptions.TryGetValue(id, out var specific);
        // NoWarn wins over every config file, as in the compiler's own filter.
        if (specific == ReportDiagnostic.Suppress) return Severity.Off;
        if (options.SyntaxTreeOptionsProvider is { } provider
            && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global)
            && global != ReportDiagnostic.Default)
        {
            return Map(global);
        }
        return specific == ReportDiagnostic.Default ? null : Map(specific);
    }

    private static Severity? Map(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => Severity.Error,
        ReportDiagnostic.Warn => Severity.Warning,
        ReportDiagnostic.Info => Severity.Info,
        // Hidden diagnostics still reach the IDE (as code fix hints), so the rule runs.
        ReportDiagnostic.Hidden => Severity.Info,
        ReportDiagnostic.Suppress => Severity.Off,
        _ => null,
    };

    private static string Normalize(string path) => path.Replace('\\', '/');
}
