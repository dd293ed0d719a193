using System;
using System.Collections.Generic;
using EmpathyLint.Text;

namespace EmpathyLint.Model;

public enum Severity
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Off => "off",
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => "warning",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "off": case "none": severity = Severity.Off; return true;
            case "info": case "suggestion": severity = Severity.Info; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = Severity.Warning; return false;
        }
    }
}

/// <summary>One problem found: where, which rule, how severe, and what personal data it concerns.</summary>
public sealed class Finding : IComparable<Finding>
{
    public Finding(string ruleId, Severity severity, string path, SourceSpan span, string message)
    {
        RuleId = ruleId;
        Severity = severity;
        Path = path;
        Span = span;
        Message = message;
    }

    public string RuleId { get; }
    public Severity Severity { get; set; }
    public string Path { get; }
    public SourceSpan Span { get; }
    public string Message { get; }

    /// <summary>True for heuristic findings that a person should review (axe-core's "incomplete").</summary>
    public bool NeedsReview { get; set; }

    /// <summary>The concept the question asks about (gender, date-of-birth …), when there is one.</summary>
    public string? Concept { get; set; }

    /// <summary>A severity the finding's subject carries itself (a data category's own default), used instead of the rule's.</summary>
    public Severity? SubjectSeverity { get; set; }

    /// <summary>The declared purpose for collecting the data, when one was given.</summary>
    public string? Purpose { get; set; }

    /// <summary>The question's other places (the bound model member, the form controls), in a stable order.</summary>
    public List<RelatedLocation> RelatedLocations { get; } = new();

    /// <summary>Facts a code fix or a report may use (for example the enum member to add).</summary>
    public IDictionary<string, string> Properties { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Deterministic order: path, line, column, rule id, then message.</summary>
    public int CompareTo(Finding? other)
    {
        if (other is null) return 1;
        var c = string.CompareOrdinal(Path, other.Path);
        if (c != 0) return c;
        c = Span.StartLine.CompareTo(other.Span.StartLine);
        if (c != 0) return c;
        c = Span.StartColumn.CompareTo(other.Span.StartColumn);
        if (c != 0) return c;
        c = string.CompareOrdinal(RuleId, other.RuleId);
        return c != 0 ? c : string.CompareOrdinal(Message, other.Message);
    }

    public override string ToString() => $"{Path}({Span.StartLine},{Span.StartColumn}): {Severity.ToName()} {RuleId}: {Message}";
}
