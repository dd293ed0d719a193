using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1003: a closed question about a sensitive personal characteristic with no "Prefer not to say" answer.</summary>
public sealed class EL1003NoPreferNotToSay : FieldRule
{
    /// <summary>The characteristics equality-monitoring guidance always lets people decline.</summary>
    public static readonly IReadOnlyCollection<string> Concepts = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "gender", "sex", "sexual-orientation", "religion", "ethnicity", "disability", "marital-status",
    };

    public override string Id => "EL1003";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!field.IsAboutPerson || field.Concept is null || !Concepts.Contains(field.Concept)) return;
        if (!Questions.IsClosed(field) || !field.OptionsKnown) return;
        if (Questions.RealAnswers(field).Count() < 2) return;
        if (Questions.OffersPreferNotToSay(field)) return;

        // Ticking nothing in an optional multi-select already declines; a required one, or any single choice, needs an explicit answer.
        var multiSelect = field.Kind == FieldKind.CheckboxGroup || field.AllowsMultiple;
        if (multiSelect && field.Constraints.Required is null) return;

        var finding = context.Report(field, field.Span, ("concept", context.ConceptTitle(field.Concept)));
        finding.Properties["fix"] = "add-prefer-not-to-say";
    }
}
