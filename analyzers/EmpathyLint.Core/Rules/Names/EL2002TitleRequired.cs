using System.Linq;
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
            if (!TitleQuestions.IsHonorific(form, field, context.Vocabulary) && !IsHonorificInValidatedModel(form, field, context)) continue;
            context.Report(field, required.Span, ("required", required.Value));
        }
    }

    /// <summary>
    /// A validator's <c>RuleFor(x =&gt; x.Title)</c> has no name fields beside it to show "Title" is an honorific;
    /// the model it validates, when declared in the same file, does.
    /// </summary>
    private static bool IsHonorificInValidatedModel(Form form, FormField field, RuleContext context)
    {
        if (form.Kind != FormKind.Validator) return false;
        return context.Document.Forms
            .Where(model => model.Kind == FormKind.Model && model.Name == form.Name)
            .Any(model => model.Fields.Any(member => member.Name == field.Name && TitleQuestions.IsHonorific(model, member, context.Vocabulary)));
    }
}
