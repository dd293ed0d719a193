using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Engine;

public enum DirectiveKind
{
    /// <summary><c>empathylint-disable-next-line</c>: the line after the comment.</summary>
    DisableNextLine,

    /// <summary><c>empathylint-disable-line</c>: the comment's own line(s).</summary>
    DisableLine,

    /// <summary><c>empathylint-disable</c>: from the comment to the matching <c>empathylint-enable</c>, or the end of the file.</summary>
    Disable,

    /// <summary><c>empathylint-enable</c>: ends a disable block.</summary>
    Enable,
}

/// <summary>One <c>empathylint-*</c> comment: which rules, which lines, and why.</summary>
public sealed class SuppressionDirective
{
    public SuppressionDirective(DirectiveKind kind, string keyword, IReadOnlyList<string> ruleIds, string? reason, SourceComment comment)
    {
        Kind = kind;
        Keyword = keyword;
        RuleIds = ruleIds;
        Reason = reason;
        Comment = comment;
        FirstLine = comment.Span.StartLine;
        LastLine = comment.Span.EndLine;
        if (kind == DirectiveKind.DisableNextLine) FirstLine = LastLine = comment.Span.EndLine + 1;
        if (kind == DirectiveKind.Disable) LastLine = int.MaxValue;
    }

    public DirectiveKind Kind { get; }
    public string Keyword { get; }

    /// <summary>The rule ids named; empty means every rule.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>The text after <c>--</c>, or null when none was given.</summary>
    public string? Reason { get; }
    public SourceComment Comment { get; }
    public int FirstLine { get; }
    public int LastLine { get; internal set; }

    /// <summary>Rule ids this directive suppressed at least one finding of.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for an enable that closed at least one block.</summary>
    internal bool Closed { get; set; }

    public bool Covers(Finding finding) =>
        Kind != DirectiveKind.Enable
        && finding.Span.StartLine >= FirstLine && finding.Span.StartLine <= LastLine
        && (RuleIds.Count == 0 || RuleIds.Any(id => string.Equals(id, finding.RuleId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>How messages quote it: keyword and ids, without the reason.</summary>
    public string Display => RuleIds.Count == 0 ? Keyword : Keyword + " " + string.Join(", ", RuleIds);
}

/// <summary>
/// Suppression directives in comments, applied after the rules ran: a finding is dropped when its start line
/// is covered. Directives that suppress nothing are reported (EL0003), and so are directives with no reason
/// after <c>--</c> (EL0004): a silenced finding should say why, for the next reader.
/// </summary>
public static class Directives
{
    public const string UnusedRule = "EL0003";
    public const string NoReasonRule = "EL0004";

    private static readonly Regex DirectivePattern = new(
        @"^\s*(?<keyword>empathylint-(?:disable-next-line|disable-line|disable|enable))(?=\s|$)(?<rest>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex RuleIdPattern = new(@"^EL\d{4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The directives of a document, in source order, with disable blocks closed by their enables.</summary>
    public static List<SuppressionDirective> Read(FormDocument document)
    {
        var directives = new List<SuppressionDirective>();
        foreach (var comment in DirectiveComments.Read(document))
        {
            var directive = Parse(comment);
            if (directive is not null) directives.Add(directive);
        }
        var open = new List<SuppressionDirective>();
        foreach (var directive in directives)
        {
            if (directive.Kind == DirectiveKind.Disable)
            {
                open.Add(directive);
            }
            else if (directive.Kind == DirectiveKind.Enable)
            {
                // An enable ends the blocks it names (all open blocks when it names none).
                foreach (var block in open.ToList())
                {
                    var closes = directive.RuleIds.Count == 0
                        || (block.RuleIds.Count > 0 && block.RuleIds.Any(id => directive.RuleIds.Contains(id, StringComparer.OrdinalIgnoreCase)));
                    if (!closes) continue;
                    block.LastLine = directive.Comment.Span.StartLine;
                    open.Remove(block);
                    directive.Closed = true;
                }
            }
        }
        return directives;
    }

    public static SuppressionDirective? Parse(SourceComment comment)
    {
        var match = DirectivePattern.Match(comment.Text);
        if (!match.Success) return null;
        var keyword = match.Groups["keyword"].Value.ToLowerInvariant();
        var rest = match.Groups["rest"].Value;
        string? reason = null;
        var separator = Regex.Match(rest, @"(^|\s)--(\s|$)");
        if (separator.Success)
        {
            var after = rest.Substring(separator.Index + separator.Length).Trim();
            reason = after.Length == 0 ? null : after;
            rest = rest.Substring(0, separator.Index);
        }
        var ids = rest.Split(new[] { ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(id => id.Trim())
            .ToList();
        var kind = keyword switch
        {
            "empathylint-disable-next-line" => DirectiveKind.DisableNextLine,
            "empathylint-disable-line" => DirectiveKind.DisableLine,
            "empathylint-disable" => DirectiveKind.Disable,
            _ => DirectiveKind.Enable,
        };
        return new SuppressionDirective(kind, keyword, ids, reason, comment);
    }

    /// <summary>
    /// Drops the findings the document's directives cover and adds EL0003/EL0004 for the directives themselves.
    /// Tooling findings (EL0xxx) are never suppressed: they are about the scan, not the form.
    /// </summary>
    public static List<Finding> Apply(FormDocument document, List<Finding> findings, LintConfiguration configuration) =>
        Apply(document, findings, configuration, keepSuppressed: false);

    /// <param name="keepSuppressed">Keep covered findings, marked with <see cref="Finding.Suppression"/>, instead of dropping them (for SARIF).</param>
    public static List<Finding> Apply(FormDocument document, List<Finding> findings, LintConfiguration configuration, bool keepSuppressed)
    {
        var directives = Read(document);
        if (directives.Count == 0) return findings;
        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var suppressed = false;
            if (!IsTooling(finding.RuleId))
            {
                foreach (var directive in directives)
                {
                    if (!directive.Covers(finding)) continue;
                    directive.Used.Add(finding.RuleId);
                    suppressed = true;
                    finding.Suppression ??= new FindingSuppression(directive.Display, directive.Reason);
                }
            }
            if (!suppressed || keepSuppressed) kept.Add(finding);
        }
        foreach (var directive in directives)
        {
            var unused = Unused(directive, document, configuration);
            if (unused is not null) Add(kept, UnusedRule, directive, document, configuration, ("directive", directive.Display), ("problem", unused));
            if (directive.Kind != DirectiveKind.Enable && directive.Reason is null) Add(kept, NoReasonRule, directive, document, configuration, ("directive", directive.Display));
        }
        kept.Sort();
        return kept;
    }

    private static bool IsTooling(string ruleId) => ruleId.StartsWith("EL0", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a directive is useless, or null when it did its job.</summary>
    private static string? Unused(SuppressionDirective directive, FormDocument document, LintConfiguration configuration)
    {
        var catalog = configuration.Catalog;
        foreach (var id in directive.RuleIds)
        {
            if (!RuleIdPattern.IsMatch(id) || catalog.Find(id) is null)
            {
                return $"names '{id}', which is not an EmpathyLint rule{Suggestions.DidYouMean(id, catalog.Rules.Select(r => r.Id))}";
            }
        }
        if (directive.Kind == DirectiveKind.Enable)
        {
            return directive.Closed ? null : "ends no empathylint-disable block";
        }
        if (directive.RuleIds.Count == 0) return directive.Used.Count > 0 ? null : "suppressed no finding: remove it";
        // A rule that is off, or does not run on this kind of file, cannot be suppressed; nothing to warn about.
        var idle = directive.RuleIds
            .Where(id => !directive.Used.Contains(id))
            .Where(id => configuration.SeverityOf(id) != Severity.Off && catalog.Find(id)!.RunsOn(document.Kind) && !IsTooling(id))
            .ToList();
        if (idle.Count == 0) return null;
        return $"suppressed no finding of {string.Join(", ", idle)}: remove {(idle.Count == directive.RuleIds.Count ? "it" : "those ids")}";
    }

    private static void Add(List<Finding> into, string ruleId, SuppressionDirective directive, FormDocument document, LintConfiguration configuration, params (string Name, string Value)[] arguments)
    {
        var severity = configuration.SeverityOf(ruleId);
        if (severity == Severity.Off) return;
        var template = configuration.Catalog.Find(ruleId)?.Message ?? "{directive}: {problem}";
        foreach (var (name, value) in arguments) template = template.Replace("{" + name + "}", value);
        into.Add(new Finding(ruleId, severity, document.Path, directive.Comment.Span, template));
    }
}
