using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmpathyLint.Analyzers;

/// <summary>The project's empathylint.yaml, passed to the compiler as an AdditionalFile by the package's props.</summary>
internal static class ProjectConfiguration
{
    public static readonly string[] FileNames = ConfigLoader.FileNames.ToArray();

    public static bool IsConfigFile(string path) =>
        FileNames.Any(name => string.Equals(Path.GetFileName(path), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The AdditionalFiles metadata the package sets on the config it found (the CLI's choice).</summary>
    public const string RoleMetadata = "build_metadata.AdditionalFiles.EmpathyLintRole";

    /// <summary>
    /// The project config: the file the package marked as the config (found from the project folder up to the
    /// repository root, as the CLI looks), else the config nearest the root of the project among the
    /// AdditionalFiles: the shortest path wins, then the name without a dot.
    /// </summary>
    public static AdditionalText? Find(AnalyzerOptions options)
    {
        var files = options.AdditionalFiles;
        var marked = files
            .Where(f => options.AnalyzerConfigOptionsProvider.GetOptions(f).TryGetValue(RoleMetadata, out var role) && string.Equals(role, "config", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        return marked ?? Find(files);
    }

    public static AdditionalText? Find(IEnumerable<AdditionalText> additionalFiles) => additionalFiles
        .Where(f => IsConfigFile(f.Path))
        .OrderBy(f => f.Path.Length)
        .ThenBy(f => Array.FindIndex(FileNames, n => string.Equals(n, Path.GetFileName(f.Path), StringComparison.OrdinalIgnoreCase)))
        .ThenBy(f => f.Path, StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>
    /// Reads the configuration. A file that cannot be read or parsed yields the defaults and a reason,
    /// which the analyzer reports as EL0001 on the config file.
    /// </summary>
    public static LintConfiguration Load(AdditionalText? file, IEnumerable<AdditionalText> additionalFiles, CancellationToken cancellationToken, out string? problem, out IReadOnlyList<Finding> configErrors)
    {
        problem = null;
        configErrors = Array.Empty<Finding>();
        if (file is null) return LintConfiguration.CreateDefault();
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            problem = "the configuration file could not be read; the defaults are used";
            return LintConfiguration.CreateDefault();
        }
        try
        {
            var result = ConfigLoader.Parse(text.ToString(), file.Path, files: new AdditionalConfigFiles(additionalFiles, cancellationToken));
            if (result.Succeeded) return result.Configuration;
            // Invalid config is EL0002 at its place in the file (an error, so the build fails as the CLI exits 2); the defaults run meanwhile.
            var content = text.ToString();
            configErrors = result.Problems.Select(p => p.ToFinding(RuleCatalog.Default, content)).ToList();
            return LintConfiguration.CreateDefault();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problem = "the configuration could not be loaded, the defaults are used: " + ex.Message;
            return LintConfiguration.CreateDefault();
        }
    }

    /// <summary>
    /// The files a config extends, as the compiler holds them: the package passes each <c>extends</c> target as
    /// an AdditionalFile, so the analyzer never reads the disk. Read on demand, by full path.
    /// </summary>
    private sealed class AdditionalConfigFiles : ConfigFiles
    {
        private readonly Dictionary<string, AdditionalText> _byKey = new(StringComparer.Ordinal);
        private readonly CancellationToken _cancellationToken;

        public AdditionalConfigFiles(IEnumerable<AdditionalText> files, CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            foreach (var file in files)
            {
                var key = Key(file.Path);
                if (!_byKey.ContainsKey(key)) _byKey[key] = file;
            }
        }

        public override bool TryRead(string fullPath, out string text, out string problem)
        {
            text = "";
            if (!_byKey.TryGetValue(Key(fullPath), out var file))
            {
                problem = "it is not among the compiler's AdditionalFiles; the EmpathyLint package adds each 'extends' target found on disk, or add it as <AdditionalFiles Include=\"...\" />";
                return false;
            }
            var content = file.GetText(_cancellationToken);
            if (content is null)
            {
                problem = "the compiler could not read it";
                return false;
            }
            text = content.ToString();
            problem = "";
            return true;
        }
    }
}
