using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1005: a form that asks gender, sex or title (how to address the person) but never asks for pronouns.</summary>
public sealed class EL1005NoPronounsQuestion : Rule
{
    public override string Id => "EL1005";

    public override void Check(Form form, RuleContext context)
    {
        // Models, enums and validators are parts of a form; only a whole markup form shows what is asked together.
        if (form.Kind != FormKind.Markup || form.NotAboutPersonReason is not null) return;
        if (form.Fields.Any(f => f.Concept == "pronouns")) return;

        var asks = form.Fields.Where(f => AsksHowToAddress(form, f)).ToList();
        if (asks.Count == 0) return;

        var concepts = new List<string>();
        foreach (var field in asks)
        {
            var title = context.ConceptTitle(field.Concept);
            if (!concepts.Contains(title)) concepts.Add(title);
        }
        var first = asks[0];
        // The form element is what lacks the question; fields outside any form have only themselves to point at.
        var span = form.IsImplicit || form.Span.Length == 0 ? first.Span : form.Span;
        context.Report(first, span, ("asks", Join(concepts)));
    }

    private static bool AsksHowToAddress(Form form, FormField field)
    {
        // A lone checkbox named "Gender" is a column picker or a filter, not the question.
        if (!field.IsAboutPerson || field.Kind is FieldKind.Hidden or FieldKind.Checkbox) return false;
        // Sex registered at birth with a declared (clinical) purpose is a record, not a form of address.
        if (field.Concept == "sex") return field.Purpose is null;
        return field.Concept == "gender" || AddressQuestions.IsPersonalTitle(form, field);
    }

    private static string Join(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => items[0] + " and " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1],
    };
}
