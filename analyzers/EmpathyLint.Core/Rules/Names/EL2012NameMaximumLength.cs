using System.Globalization;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2012: a maximum length on a name below what real names need.</summary>
public sealed class EL2012NameMaximumLength : FieldRule
{
    public override string Id => "EL2012";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!NameQuestions.IsPersonName(field)) return;
        if (field.Constraints.MaxLength is not { } max) return;
        var floor = field.Concept switch
        {
            NameQuestions.FullName => context.OptionInt("fullNameMin", 70),
            NameQuestions.FamilyName or NameQuestions.PreviousName => context.OptionInt("familyNameMin", 35),
            _ => context.OptionInt("givenNameMin", 35),
        };
        // A zero or negative limit is not a length limit a person meets; the markup is broken in other ways.
        if (max.Value <= 0 || max.Value >= floor) return;
        context.Report(field, max.Span,
            ("max", max.Value.ToString(CultureInfo.InvariantCulture)),
            ("floor", floor.ToString(CultureInfo.InvariantCulture)));
    }
}
