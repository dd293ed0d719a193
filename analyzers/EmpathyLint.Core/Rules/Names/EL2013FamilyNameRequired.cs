using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2013: a family name the person must give; many people have only one name.</summary>
public sealed class EL2013FamilyNameRequired : FieldRule
{
    public override string Id => "EL2013";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (field.Concept != NameQuestions.FamilyName || !NameQuestions.IsPersonName(field)) return;
        if (field.Constraints.Required is not { } required) return;
        context.Report(field, required.Span, ("required", required.Value));
    }
}
