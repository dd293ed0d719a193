using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using EmpathyLint.Model;
using EmpathyLint.Rules.Minimisation;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Wording;

/// <summary>
/// EL4002: a "Mother" or "Father" field (label or name) where "parent or guardian" fits, from the
/// <c>parents</c> list of <c>rules/vocabulary/gendered-terms.yaml</c>. Not reported when a longer known phrase
/// means something else ("mother's maiden name" is a security question, EL3004; "mother tongue" a language),
/// nor when the same form already offers a parent-or-guardian question beside it.
/// </summary>
public sealed class EL4002MotherFatherFields : Rule
{
    public override string Id => "EL4002";

    // The word joining two alternatives in each vocabulary language ("parent or guardian", "ouder of voogd").
    private static readonly Dictionary<string, string> Connectors = new(StringComparer.Ordinal)
    {
        ["en"] = "or", ["es"] = "o", ["it"] = "o", ["fr"] = "ou", ["pt"] = "ou", ["de"] = "oder", ["nl"] = "of",
    };

    private static readonly ConditionalWeakTable<Vocabulary, PhraseIndex> AlternativeIndexes = new();

    public override void Check(Form form, RuleContext context)
    {
        var vocabulary = context.Vocabulary;
        if (vocabulary.ParentTerms.Count == 0) return;
        bool? offersAlternative = null;
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson) continue;
            if (DataCategories.Of(field, vocabulary)?.RuleId == DataCategories.SecurityQuestionRule) continue;
            var term = FirstParentTerm(field, vocabulary);
            if (term is null) continue;
            offersAlternative ??= OffersParentOrGuardian(form, vocabulary);
            if (offersAlternative.Value) return;
            var finding = context.Report(field, field.Span, ("term", term.Term), ("alternatives", WordingTerms.Alternatives(term)));
            finding.Properties["term"] = term.Term;
        }
    }

    private static TermAlternative? FirstParentTerm(FormField field, Vocabulary vocabulary)
    {
        var texts = field.LabelTexts.Select(Words.OfText)
            .Concat(new[] { field.BoundMember, field.Name, field.Id }.Where(s => !string.IsNullOrEmpty(s)).Select(Words.OfIdentifier));
        foreach (var words in texts)
        {
            var longerMeanings = vocabulary.ConceptTerms.FindAll(words);
            foreach (var (term, match) in WordingTerms.Find(vocabulary.ParentIndex, vocabulary.ParentTerms, words))
            {
                // "mother tongue", "mother's maiden name": a longer phrase that means something else wins.
                if (longerMeanings.Any(c => c.Overlaps(match) && c.Length > match.Length)) continue;
                return term;
            }
        }
        return null;
    }

    private static bool OffersParentOrGuardian(Form form, Vocabulary vocabulary)
    {
        var index = AlternativeIndexes.GetValue(vocabulary, BuildAlternativeIndex);
        foreach (var field in form.Fields)
        {
            var texts = field.LabelTexts.Select(Words.OfText)
                .Concat(new[] { field.BoundMember, field.Name, field.Id }.Where(s => !string.IsNullOrEmpty(s)).Select(Words.OfIdentifier));
            if (texts.Any(words => index.FindAll(words).Count > 0)) return true;
        }
        return false;
    }

    /// <summary>Every suggested alternative, whole and split at its language's "or": "parent or guardian", "parent", "guardian".</summary>
    private static PhraseIndex BuildAlternativeIndex(Vocabulary vocabulary)
    {
        var index = new PhraseIndex();
        foreach (var term in vocabulary.ParentTerms)
        {
            foreach (var alternative in term.Alternatives)
            {
                index.Add(alternative, "alternative");
                if (!Connectors.TryGetValue(term.Language, out var connector)) continue;
                var words = Words.OfText(alternative);
                var part = new List<string>();
                foreach (var word in words.Concat(new[] { connector }))
                {
                    if (word != connector) { part.Add(word); continue; }
                    if (part.Count > 0 && part.Count < words.Count) index.Add(string.Join(" ", part), "alternative");
                    part.Clear();
                }
            }
        }
        return index;
    }
}
