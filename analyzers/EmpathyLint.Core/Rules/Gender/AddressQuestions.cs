using System;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Gender;

/// <summary>Facts the gender rules share about questions that decide how a person is addressed.</summary>
internal static class AddressQuestions
{
    /// <summary>
    /// A title question about the person: "Title" alone also names a post, a book or a job, so the
    /// concept is confirmed by title answers (Mr, Mx …), the honorific-prefix token, or a name question beside it.
    /// </summary>
    public static bool IsPersonalTitle(Form form, FormField field)
    {
        if (field.Concept != "title" || !field.IsAboutPerson) return false;
        // A single checkbox ("Dr" as debit) is never a title question.
        if (field.Kind == FieldKind.Checkbox) return false;
        if (field.Options.Any(o => o.Meaning is not null && OptionMeanings.IsTitle(o.Meaning))) return true;
        if (string.Equals(ConceptInference.AutocompleteToken(field.Constraints.Autocomplete?.Value), "honorific-prefix", StringComparison.Ordinal)) return true;
        // Answers that are no titles ("Consumables", a radio named salutation) say it is something else.
        if (field.OptionsKnown && field.Options.Any(o => !o.IsPlaceholder)) return false;
        // Free text or options in another file: a given or family name beside it says whose title it is. A bare
        // "Name" does not: products, campaigns and news items have a name and a title too.
        return form.Fields.Any(f => f.IsAboutPerson && (f.Concept is "given-name" or "family-name" or "middle-name" || f.Concept == "full-name" && IsPersonsFullName(f)));
    }

    /// <summary>"Full name" or autocomplete="name", not a bare "Name" (a product has one too).</summary>
    private static bool IsPersonsFullName(FormField field) =>
        string.Equals(ConceptInference.AutocompleteToken(field.Constraints.Autocomplete?.Value), "name", StringComparison.Ordinal)
        || field.Labels.Any(l => Text.Words.OfText(l.Text).Count >= 2);
}
