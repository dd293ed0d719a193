using System.Collections.Generic;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Minimisation;

/// <summary>
/// EL3001–EL3006: personal data asked without a declared purpose. Which rule judges a concept is data
/// (<c>data.rule</c> in <c>rules/vocabulary/concepts.yaml</c>), so a concept a researcher adds with
/// <c>data: {rule: EL3006}</c> is judged without any C#. Each rule is a small class naming its id.
/// </summary>
public abstract class DataCategoryRule : Rule
{
    public override void Check(Form form, RuleContext context)
    {
        // A validator's RuleFor constrains a member that its model already asks: judging it here would
        // report the same question twice. EL3007 judges the validator's NotEmpty().
        if (form.Kind == FormKind.Validator) return;
        // A GOV.UK date input asks one date of birth in three fields: one finding per form and concept.
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Purpose is not null) continue;
            var concept = DataCategories.ConceptOf(field, context.Vocabulary);
            if (concept?.Data is not { } data || data.RuleId != Id) continue;
            if (!Applies(form, field, context)) continue;
            if (!reported.Add(concept.Id)) continue;
            var finding = context.Report(field, field.Span, ("data", data.Title), ("legalBasis", data.LegalBasis));
            finding.Concept = concept.Id;
            finding.SubjectSeverity = data.Severity;
        }
    }

    /// <summary>A rule's own narrowing of its category (a year of birth alone is not a date of birth).</summary>
    protected virtual bool Applies(Form form, FormField field, RuleContext context) => true;
}

/// <summary>Which personal-data category a question falls in.</summary>
public static class DataCategories
{
    /// <summary>
    /// The field's concept when it is a data category; otherwise, for a closed question, the category its
    /// answers name. A select whose options are "Mother's maiden name" and "Name of your first pet" is a
    /// security question whatever its own label says.
    /// </summary>
    public static ConceptDefinition? ConceptOf(FormField field, Vocabulary vocabulary)
    {
        var own = vocabulary.Concept(field.Concept);
        if (own?.Data is not null) return own;
        if (!Questions.IsClosed(field)) return null;
        foreach (var option in Questions.Answers(field))
        {
            var match = vocabulary.ConceptTerms.Best(Text.Words.OfText(option.Label));
            if (match is null) continue;
            var byOption = vocabulary.Concept(match.Value.Key);
            // Only questions-as-answers: an option "Christian" names a religion, not a question about one.
            if (byOption?.Data?.RuleId == SecurityQuestionRule) return byOption;
        }
        return null;
    }

    public const string SecurityQuestionRule = "EL3004";

    /// <summary>The category's data entry, or null when the question asks for no listed personal data.</summary>
    public static DataCategory? Of(FormField field, Vocabulary vocabulary) => ConceptOf(field, vocabulary)?.Data;
}
