using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Wording;

/// <summary>Finds the terms of a wording list (<c>gendered</c>, <c>parents</c>) in a text.</summary>
internal static class WordingTerms
{
    /// <summary>
    /// The terms found, longest first and never overlapping. A match must have the term's own words: phrases
    /// are compared without spaces, so "(s)he" (words "s he") would otherwise meet the word "she".
    /// </summary>
    public static List<(TermAlternative Term, PhraseMatch Match)> Find(PhraseIndex index, IReadOnlyList<TermAlternative> terms, IReadOnlyList<string> words)
    {
        var found = new List<(TermAlternative, PhraseMatch)>();
        if (words.Count == 0 || index.Count == 0) return found;
        foreach (var match in index.FindAll(words).OrderByDescending(m => m.Length).ThenBy(m => m.StartWord))
        {
            if (!int.TryParse(match.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) || i < 0 || i >= terms.Count) continue;
            var term = terms[i];
            var termWords = Words.OfText(term.Term);
            if (!termWords.SequenceEqual(words.Skip(match.StartWord).Take(match.EndWord - match.StartWord), StringComparer.Ordinal)) continue;
            if (found.Any(f => f.Item2.Overlaps(match))) continue;
            found.Add((term, match));
        }
        return found.OrderBy(f => f.Item2.StartWord).ToList();
    }

    /// <summary>"'their'" or "'parent or guardian' or 'parent'".</summary>
    public static string Alternatives(TermAlternative term) =>
        term.Alternatives.Count == 0 ? "a neutral word" : string.Join(" or ", term.Alternatives.Select(a => "'" + a + "'"));
}
