using System.Globalization;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2011: a name (or a part of one) that must be longer than one character.</summary>
public sealed class EL2011NameMinimumLength : FieldRule
{
    public override string Id => "EL2011";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!NameQuestions.IsPersonName(field)) return;
        if (field.Constraints.MinLength is not { Value: > 1 } min) return;
        context.Report(field, min.Span, ("min", min.Value.ToString(CultureInfo.InvariantCulture)));
    }
}
