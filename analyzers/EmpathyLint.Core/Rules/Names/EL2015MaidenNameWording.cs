using System.Collections.Concurrent;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2015: "maiden name", "née" and their equivalents, where "previous name" says the same for everyone.</summary>
public sealed class EL2015MaidenNameWording : FieldRule
{
    public override string Id => "EL2015";

    /// <summary>A validator's RuleFor only constrains a member its model already asks: the model is judged, once.</summary>
    public override void CheckDocument(RuleContext context)
    {
        foreach (var form in context.Document.Forms)
        {
            if (form.Kind != FormKind.Validator) Check(form, context);
        }
    }

    private const string SecurityQuestion = "security-question";
    private static readonly ConcurrentDictionary<string, PhraseIndex> TermIndexes = new(System.StringComparer.Ordinal);

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (field.Concept != NameQuestions.PreviousName || !NameQuestions.IsPersonName(field)) return;
        // "Mother's maiden name" as a security question is EL3004's business, whatever else the field says.
        if (NameQuestions.Wordings(field).Any(words => context.Vocabulary.ConceptTerms.FindAll(words).Any(m => m.Key == SecurityQuestion))) return;

        var terms = context.OptionList("terms");
        if (terms.Count == 0) return;
        var index = TermIndexes.GetOrAdd(string.Join(",", terms), _ => NameQuestions.PhrasesOf(terms));
        var term = NameQuestions.FindPhrase(field, index);
        if (term is null) return;
        context.Report(field, field.Span, ("term", term));
    }
}
