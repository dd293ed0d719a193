using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules;

/// <summary>Facts about questions that several rules share.</summary>
public static class Questions
{
    public static bool IsGenderOrSex(FormField field) => field.Concept is "gender" or "sex";

    /// <summary>A question with a fixed set of answers.</summary>
    public static bool IsClosed(FormField field) => field.Kind is FieldKind.Select or FieldKind.RadioGroup or FieldKind.CheckboxGroup or FieldKind.Enum;

    /// <summary>The answers a person can actually pick, without placeholders.</summary>
    public static IEnumerable<FieldOption> Answers(FormField field) => field.Options.Where(o => !o.IsPlaceholder);

    /// <summary>Answers that say something: not placeholders, not "Prefer not to say".</summary>
    public static IEnumerable<FieldOption> RealAnswers(FormField field) =>
        Answers(field).Where(o => o.Meaning != OptionMeanings.PreferNotToSay);

    public static bool Offers(FormField field, string meaning) => field.Options.Any(o => string.Equals(o.Meaning, meaning, StringComparison.Ordinal));

    /// <summary>The answer a person can pick to decline, or the question is optional.</summary>
    public static bool OffersPreferNotToSay(FormField field) => Offers(field, OptionMeanings.PreferNotToSay);

    /// <summary>A free-text way to answer in one's own words: a self-describe option, or a text field for the same concept in the same form.</summary>
    public static bool HasWriteIn(Form form, FormField field)
    {
        if (!IsClosed(field)) return true;
        if (Offers(field, OptionMeanings.SelfDescribe)) return true;
        return form.Fields.Any(other => !ReferenceEquals(other, field)
            && other.Kind is FieldKind.Text or FieldKind.TextArea
            && other.Concept == field.Concept);
    }
}
