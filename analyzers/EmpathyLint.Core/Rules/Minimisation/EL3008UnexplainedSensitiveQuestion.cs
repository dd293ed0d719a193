using System;
using System.Collections.Generic;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Minimisation;

/// <summary>
/// EL3008: a sensitive question with no visible explanation of why it is asked (no hint, no
/// <c>aria-describedby</c>, no fieldset hint). Sensitive: special category data (EL3001), national
/// identifiers (EL3002), criminal records (EL3005), gender, sex, trans status and marital status. A date of
/// birth and a security question are left out: their fix is an age question or no question, not a hint.
/// </summary>
public sealed class EL3008UnexplainedSensitiveQuestion : Rule
{
    public override string Id => "EL3008";

    private static readonly HashSet<string> SensitiveRules = new(StringComparer.Ordinal) { "EL3001", "EL3002", "EL3005" };
    private static readonly HashSet<string> SensitiveConcepts = new(StringComparer.Ordinal) { "gender", "sex", "trans-status", "marital-status" };

    public override void Check(Form form, RuleContext context)
    {
        // One question may span several fields (radio group + its self-describe box): one explanation covers all.
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (field.Purpose is null && field.Hints.Count == 0) continue;
            if (SensitiveConcept(field, context) is { } concept) explained.Add(concept);
        }
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Purpose is not null || field.Hints.Count > 0) continue;
            var concept = SensitiveConcept(field, context);
            if (concept is null || explained.Contains(concept) || !reported.Add(concept)) continue;
            var finding = context.Report(field, field.Span, ("data", context.ConceptTitle(concept)));
            finding.Concept = concept;
        }
    }

    private static string? SensitiveConcept(FormField field, RuleContext context)
    {
        if (Questions.IsGenderOrSex(field)) return field.Concept ?? "gender";
        if (field.Concept is { } own && SensitiveConcepts.Contains(own)) return own;
        var concept = DataCategories.ConceptOf(field, context.Vocabulary);
        return concept?.Data is { } data && SensitiveRules.Contains(data.RuleId) ? concept.Id : null;
    }
}
