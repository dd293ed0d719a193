using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2002: a title (honorific) the person must give.</summary>
public sealed class EL2002TitleRequired : Rule
{
    public override string Id => "EL2002";

    public override void Check(Form form, RuleContext context)
    {
        foreach (var field in form.Fields)
        {
            if (field.Constraints.Required is not { } required) continue;
            if (!TitleQuestions.IsHonorific(form, field, context.Vocabulary)) continue;
            context.Report(field, required.Span, ("required", required.Value));
        }
    }
}
