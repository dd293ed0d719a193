using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2014: a middle name the person must give; many people have none.</summary>
public sealed class EL2014MiddleNameRequired : FieldRule
{
    public override string Id => "EL2014";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (field.Concept != NameQuestions.MiddleName || !NameQuestions.IsPersonName(field)) return;
        if (field.Constraints.Required is not { } required) return;
        context.Report(field, required.Span, ("required", required.Value));
    }
}
