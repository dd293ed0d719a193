using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2003 (off by default): a title asked as a fixed list at all, rather than optional free text.</summary>
public sealed class EL2003ClosedTitleChoice : FieldRule
{
    public override string Id => "EL2003";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!TitleQuestions.IsClosedTitleChoice(field, context.Vocabulary)) return;
        context.Report(field, field.Span);
    }
}
