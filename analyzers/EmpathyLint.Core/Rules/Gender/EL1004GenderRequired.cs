using EmpathyLint.Model;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1004: gender, sex or pronouns made required.</summary>
public sealed class EL1004GenderRequired : FieldRule
{
    public override string Id => "EL1004";

    protected override void CheckField(FormField field, RuleContext context)
    {
        // A required title is EL2002's finding: one attribute, one finding.
        if (!field.IsAboutPerson || field.Concept is not ("gender" or "sex" or "pronouns")) return;
        var required = field.Constraints.Required;
        if (required is null) return;
        // The clinical preset: sex registered at birth may legitimately be required; gender and pronouns never.
        if (field.Concept == "sex" && context.OptionBool("allowSexAtBirth", false)) return;
        // Point at what must change: the required attribute, [Required] or NotEmpty(), not the whole control.
        context.Report(field, required.Span, ("concept", context.ConceptTitle(field.Concept)), ("required", Describe(required.Value)));
    }

    /// <summary>"[Required]" and "NotEmpty()" read as they are; a bare HTML attribute name reads as "the required attribute".</summary>
    private static string Describe(string how) =>
        how.StartsWith("[", System.StringComparison.Ordinal) || how.IndexOf('(') >= 0 ? how : "the " + how + " attribute";
}
