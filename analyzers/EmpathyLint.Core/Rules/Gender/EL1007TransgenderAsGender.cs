using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1007: "Transgender" or "Trans" offered as a gender beside male and female.</summary>
public sealed class EL1007TransgenderAsGender : FieldRule
{
    public override string Id => "EL1007";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!field.IsAboutPerson || field.Concept is not ("gender" or "sex")) return;
        if (!Questions.IsClosed(field) || !field.OptionsKnown) return;
        var answers = Questions.Answers(field).ToList();
        // Beside male or female it reads as a third gender; a separate trans-status question is the right shape.
        if (!answers.Any(o => o.Meaning is OptionMeanings.Male or OptionMeanings.Female)) return;
        foreach (var option in answers.Where(o => o.Meaning == OptionMeanings.Transgender))
        {
            context.Report(field, option.Span, ("option", option.Label));
        }
    }
}
