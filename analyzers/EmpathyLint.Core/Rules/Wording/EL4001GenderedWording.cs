using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Wording;

/// <summary>
/// EL4001: gendered wording ("his/her", "chairman", "husband/wife") in labels, placeholders, hints and answers,
/// from the <c>gendered</c> list of <c>rules/vocabulary/gendered-terms.yaml</c>. Reported at the hint or the
/// answer that holds it, else at the field. A pronouns question is never judged: "she/her" is an answer there.
/// </summary>
public sealed class EL4001GenderedWording : Rule
{
    public override string Id => "EL4001";

    public override void Check(Form form, RuleContext context)
    {
        var vocabulary = context.Vocabulary;
        // A hint shared by several fields (aria-describedby) is one piece of text: one finding per place and term.
        var reported = new HashSet<(int Start, string Term)>();
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Concept == "pronouns") continue;
            foreach (var label in field.Labels)
            {
                var where = label.Source == LabelSource.Placeholder ? "placeholder" : "label";
                ReportTerms(label.Text, field.Span, where, field, context, reported);
            }
            foreach (var hint in field.Hints) ReportTerms(hint.Text, hint.Span, "hint", field, context, reported);
            foreach (var option in field.Options)
            {
                if (option.Meaning is { } meaning && OptionMeanings.IsPronoun(meaning)) continue;
                ReportTerms(option.Label, option.Span, "answer", field, context, reported);
            }
        }

        void ReportTerms(string text, Text.SourceSpan span, string where, FormField field, RuleContext ctx, HashSet<(int, string)> seen)
        {
            foreach (var (term, _) in WordingTerms.Find(vocabulary.GenderedIndex, vocabulary.GenderedTerms, Words.OfText(text)))
            {
                if (!seen.Add((span.Start, term.Term))) continue;
                var finding = ctx.Report(field, span, ("term", term.Term), ("alternatives", WordingTerms.Alternatives(term)), ("where", where));
                finding.Properties["term"] = term.Term;
                if (term.Alternatives.Count > 0) finding.Properties["alternative"] = term.Alternatives[0];
            }
        }
    }
}
