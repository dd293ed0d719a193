using System;
using System.Collections.Generic;
using EmpathyLint.Catalog;
using EmpathyLint.Extraction;
using EmpathyLint.Journeys;
using EmpathyLint.Personas;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Configuration;

/// <summary>A reason to collect some data, declared in the project config for a concept or a field.</summary>
public sealed class DeclaredPurpose
{
    public DeclaredPurpose(string purpose)
    {
        Purpose = purpose;
    }

    /// <summary>A concept id (date-of-birth) the purpose covers, or null.</summary>
    public string? Concept { get; set; }

    /// <summary>A field name, id or bound member (dateOfBirth, Input.DateOfBirth) the purpose covers, or null.</summary>
    public string? Field { get; set; }
    public string Purpose { get; }

    /// <summary>Path globs the purpose is limited to; empty means everywhere.</summary>
    public List<string> Paths { get; } = new();

    /// <summary>The folder <see cref="Paths"/> are relative to (the config file's folder); null matches paths as given.</summary>
    public string? BaseDirectory { get; set; }
}

/// <summary>
/// Everything that decides what a scan reports: the catalog, the vocabulary, each rule's severity and
/// options, declared purposes and ignores. The defaults are the catalog's (the recommended preset).
/// </summary>
public sealed class LintConfiguration
{
    public LintConfiguration(RuleCatalog catalog, Vocabulary vocabulary)
    {
        Catalog = catalog;
        Vocabulary = vocabulary;
        foreach (var rule in catalog.Rules) Severities[rule.Id] = rule.DefaultSeverity;
    }

    public static LintConfiguration CreateDefault() => new(RuleCatalog.Default, Vocabulary.Default);

    public RuleCatalog Catalog { get; }
    public Vocabulary Vocabulary { get; set; }
    public ComponentMap Components { get; set; } = ComponentMap.CreateDefault();
    public Dictionary<string, Severity> Severities { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, Dictionary<string, string>> RuleOptions { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<DeclaredPurpose> Purposes { get; } = new();

    /// <summary>The people walked through the forms: <c>rules/personas</c> with the config's <c>personas:</c> applied.</summary>
    public PersonaSet Personas { get; set; } = PersonaSet.Default;

    /// <summary>The journeys declared under <c>journeys:</c>, in config order.</summary>
    public List<Journey> Journeys { get; } = new();

    /// <summary>Path globs whose files are not scanned.</summary>
    public List<string> Ignores { get; } = new();

    /// <summary>The config file this came from, for messages; null for built-in defaults.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The folder <see cref="Ignores"/> are relative to (the config file's folder); null means the working directory.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>True when a path (absolute, or relative to the working directory) matches one of <see cref="Ignores"/>.</summary>
    public bool IsIgnored(string path)
    {
        if (Ignores.Count == 0) return false;
        var relative = ConfigPaths.RelativeTo(BaseDirectory, path);
        foreach (var pattern in Ignores)
        {
            if (new Glob(pattern).IsMatch(relative)) return true;
        }
        return false;
    }

    public Severity SeverityOf(string ruleId) => Severities.TryGetValue(ruleId, out var s) ? s : Severity.Off;

    public string? Option(string ruleId, string name)
    {
        if (RuleOptions.TryGetValue(ruleId, out var options) && options.TryGetValue(name, out var value)) return value;
        var descriptor = Catalog.Find(ruleId);
        if (descriptor is null) return null;
        foreach (var option in descriptor.Options)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal)) return option.Default;
        }
        return null;
    }
}

/// <summary>Paths in a config are relative to the config file's folder, in the CLI and the analyzer alike.</summary>
public static class ConfigPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> with '/' separators; the path as given
    /// (normalised) when there is no base or the path lies outside it.
    /// </summary>
    public static string RelativeTo(string? baseDirectory, string path)
    {
        var normalized = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(baseDirectory)) return normalized;
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(path).Replace('\\', '/');
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return normalized;
        }
        var root = System.IO.Path.GetFullPath(baseDirectory).Replace('\\', '/').TrimEnd('/') + "/";
        var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return full.StartsWith(root, comparison) ? full.Substring(root.Length) : normalized;
    }
}
