using System.Collections.Concurrent;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2016 (off by default): a form that splits the name into first and last with no way to give it whole.</summary>
public sealed class EL2016SplitNameWithoutFullName : Rule
{
    public override string Id => "EL2016";

    private static readonly ConcurrentDictionary<string, PhraseIndex> OtherPersonIndexes = new(System.StringComparer.Ordinal);

    public override void Check(Form form, RuleContext context)
    {
        if (form.Kind != FormKind.Markup || form.NotAboutPersonReason is not null) return;
        var terms = context.OptionList("otherPersonTerms");
        var otherPerson = OtherPersonIndexes.GetOrAdd(string.Join(",", terms), _ => NameQuestions.PhrasesOf(terms));

        // Only the person's own name counts: an emergency contact's full name is no alternative to theirs.
        bool Own(FormField f) => NameQuestions.IsPersonName(f) && NameQuestions.FindPhrase(f, otherPerson) is null;
        var given = form.Fields.FirstOrDefault(f => f.Concept == NameQuestions.GivenName && Own(f));
        var family = form.Fields.FirstOrDefault(f => f.Concept == NameQuestions.FamilyName && Own(f));
        if (given is null || family is null) return;
        if (form.Fields.Any(f => f.Concept == NameQuestions.FullName && Own(f))) return;

        // An explicit form is reported where it starts; fields outside any form at the first name field.
        var span = form.IsImplicit ? given.Span : form.Span;
        context.Report(given, span, ("given", given.DisplayName), ("family", family.DisplayName));
    }
}
