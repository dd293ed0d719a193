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
        if (field.Options.Any(o => o.Meaning is not null && OptionMeanings.IsTitle(o.Meaning))) return true;
        if (string.Equals(ConceptInference.AutocompleteToken(field.Constraints.Autocomplete?.Value), "honorific-prefix", StringComparison.Ordinal)) return true;
        // An enum-typed member (options in another file) or a validator rule: the rest of the model says whose title it is.
        return form.Fields.Any(f => f.Concept is "given-name" or "family-name" or "full-name" or "middle-name" or "preferred-name");
    }
}
