using System;
using System.Collections.Generic;
using EmpathyLint.Catalog;
using EmpathyLint.Extraction;
using EmpathyLint.Model;
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

    /// <summary>Path globs whose files are not scanned.</summary>
    public List<string> Ignores { get; } = new();

    /// <summary>The config file this came from, for messages; null for built-in defaults.</summary>
    public string? SourcePath { get; set; }

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
