using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2010: a name pattern (<c>pattern</c>, <c>[RegularExpression]</c>, <c>Matches</c>) that rejects real names, found by running it.</summary>
public sealed class EL2010NamePatternRejectsRealNames : FieldRule
{
    public override string Id => "EL2010";

    private const int NamesInMessage = 4;

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!NameQuestions.IsPersonName(field)) return;
        if (field.Constraints.Pattern is not { } pattern || string.IsNullOrEmpty(pattern.Value)) return;
        var verdict = NamePatternJudge.Judge(pattern.Value, field.Constraints.PatternFlavor, context.Vocabulary.RealNames);
        if (verdict.TimedOut)
        {
            // Too slow to run against real names (heavy backtracking): unsure, so a person should look.
            context.ReportForReview(field, pattern.Span);
            return;
        }
        var rejected = verdict.Rejected;
        if (rejected is null || rejected.Count == 0) return;

        var shown = Examples(rejected);
        var names = string.Join(", ", shown);
        if (rejected.Count > shown.Count) names += " and " + (rejected.Count - shown.Count).ToString(CultureInfo.InvariantCulture) + " more";
        var finding = context.Report(field, pattern.Span, ("names", names));
        finding.Properties["rejected"] = string.Join("\n", rejected);
    }

    /// <summary>Up to four rejected names, each showing a different way names differ (accents, apostrophes, scripts, hyphens …).</summary>
    private static List<string> Examples(IReadOnlyList<string> rejected)
    {
        var shown = new List<string>();
        foreach (var kind in Enum.GetValues(typeof(NameKind)).Cast<NameKind>())
        {
            if (shown.Count == NamesInMessage) return shown;
            var example = rejected.FirstOrDefault(n => KindOf(n) == kind);
            if (example is not null) shown.Add(example);
        }
        foreach (var name in rejected)
        {
            if (shown.Count == NamesInMessage) break;
            if (!shown.Contains(name)) shown.Add(name);
        }
        return shown;
    }

    // In the order messages show them: what most often trips naive patterns first.
    private enum NameKind
    {
        AccentedLatin,
        Apostrophe,
        OtherScript,
        Hyphen,
        Space,
        FullStop,
        SingleLetter,
        Long,
        Plain,
    }

    // Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese ễ).
    private static bool IsLatin(char c) => c <= '\u024F' || (c >= '\u1E00' && c <= '\u1EFF');

    private static NameKind KindOf(string name)
    {
        if (name.Any(c => char.IsLetter(c) && !IsLatin(c) && c != '\u02BB')) return NameKind.OtherScript;
        if (name.Any(c => c is '\'' or '\u2019' or '\u02BB' or '\u02BC')) return NameKind.Apostrophe;
        if (name.Any(c => c > 0x7F)) return NameKind.AccentedLatin;
        if (name.IndexOf('-') >= 0) return NameKind.Hyphen;
        if (name.IndexOf('.') >= 0) return NameKind.FullStop;
        if (name.IndexOf(' ') >= 0) return NameKind.Space;
        if (name.Length == 1) return NameKind.SingleLetter;
        if (name.Length > 30) return NameKind.Long;
        return NameKind.Plain;
    }
}
