using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EmpathyLint.Catalog;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers;

/// <summary>One Roslyn descriptor per catalog rule, so ids, titles, categories, severities and help links never drift from the catalog.</summary>
public static class EmpathyLintDescriptors
{
    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> ById = new(Build);

    public static ImmutableArray<DiagnosticDescriptor> All => ImmutableArray.CreateRange(ById.Value.Values);

    /// <summary>The descriptor for a rule id; an unknown id (never expected) falls back to EL0001's.</summary>
    public static DiagnosticDescriptor For(string ruleId) =>
        ById.Value.TryGetValue(ruleId, out var descriptor) ? descriptor : ById.Value[LintEngine.UnreadableFileRule];

    public static bool IsKnown(string ruleId) => ById.Value.ContainsKey(ruleId);

    public static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Warning,
    };

    public static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        id: rule.Id,
        title: rule.Title,
        messageFormat: "{0}",
        category: rule.Category,
        // An off-by-default rule still needs a severity for when a config turns it on without naming one.
        defaultSeverity: ToDiagnosticSeverity(rule.DefaultSeverity == Severity.Off ? Severity.Warning : rule.DefaultSeverity),
        isEnabledByDefault: rule.DefaultSeverity != Severity.Off,
        description: FirstParagraph(rule.Rationale),
        helpLinkUri: rule.HelpUri);

    /// <summary>
    /// The descriptor a finding is reported with. Roslyn drops a diagnostic whose descriptor is disabled by
    /// default unless a Roslyn config names it, so when empathylint.yaml turns on an off-by-default rule the
    /// finding is reported through an enabled twin (same id, so suppressions and NoWarn still apply).
    /// </summary>
    public static DiagnosticDescriptor ForReporting(string ruleId)
    {
        var descriptor = For(ruleId);
        return descriptor.IsEnabledByDefault ? descriptor : EnabledTwins.Value[descriptor.Id];
    }

    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> EnabledTwins = new(() =>
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in ById.Value.Values)
        {
            if (d.IsEnabledByDefault) continue;
            builder[d.Id] = new DiagnosticDescriptor(d.Id, d.Title, d.MessageFormat, d.Category, d.DefaultSeverity, isEnabledByDefault: true, d.Description, d.HelpLinkUri);
        }
        return builder.ToImmutable();
    });

    private static ImmutableDictionary<string, DiagnosticDescriptor> Build()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var rule in RuleCatalog.Default.Rules) builder[rule.Id] = Create(rule);
        }
        catch (Exception)
        {
            // The catalog is embedded and tested, so this cannot happen in a released package; if it does,
            // the analyzer still loads and reports every file as unscannable instead of throwing AD0001.
            builder.Clear();
        }
        if (!builder.ContainsKey(LintEngine.UnreadableFileRule)) builder[LintEngine.UnreadableFileRule] = Fallback();
        return builder.ToImmutable();
    }

    private static DiagnosticDescriptor Fallback() => new(
        LintEngine.UnreadableFileRule,
        "File could not be scanned",
        "{0}",
        "tooling",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/empathylint/empathylint/blob/main/docs/rules/EL0001.md");

    private static string FirstParagraph(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf("\n\n", StringComparison.Ordinal);
        return (end < 0 ? trimmed : trimmed.Substring(0, end)).Replace('\n', ' ');
    }
}
