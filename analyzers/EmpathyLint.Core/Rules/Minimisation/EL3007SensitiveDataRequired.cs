using System.Collections.Generic;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Minimisation;

/// <summary>
/// EL3007: a question in any EL3001–EL3006 category made required. Reported at the requiredness
/// (<c>required</c>, <c>aria-required</c>, <c>[Required]</c>, <c>NotEmpty()</c>) even when a purpose is
/// declared: a reason to ask is not a reason to make the answer compulsory.
/// </summary>
public sealed class EL3007SensitiveDataRequired : Rule
{
    public override string Id => "EL3007";

    public override void Check(Form form, RuleContext context)
    {
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Constraints.Required is not { } required) continue;
            var concept = DataCategories.ConceptOf(field, context.Vocabulary);
            if (concept?.Data is not { } data || !reported.Add(concept.Id)) continue;
            var finding = context.Report(field, required.Span, ("data", data.Title), ("required", required.Value));
            finding.Concept = concept.Id;
        }
    }
}
