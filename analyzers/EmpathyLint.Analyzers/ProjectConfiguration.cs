using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers;

/// <summary>The project's empathylint.yaml, passed to the compiler as an AdditionalFile by the package's props.</summary>
internal static class ProjectConfiguration
{
    public static readonly string[] FileNames = ConfigLoader.FileNames.ToArray();

    public static bool IsConfigFile(string path) =>
        FileNames.Any(name => string.Equals(Path.GetFileName(path), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The config nearest the root of the project: the shortest path wins, then the name without a dot.</summary>
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
    public static LintConfiguration Load(AdditionalText? file, CancellationToken cancellationToken, out string? problem, out IReadOnlyList<Finding> configErrors)
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
            var result = ConfigLoader.Parse(text.ToString(), file.Path);
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

}
