using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1001: a gender question whose real answers are only male and female.</summary>
public sealed class EL1001BinaryGenderOptions : FieldRule
{
    public override string Id => "EL1001";

    /// <summary>A validator's RuleFor only constrains a member its model already asks: the model is judged, once.</summary>
    public override void CheckDocument(RuleContext context)
    {
        foreach (var form in context.Document.Forms)
        {
            if (form.Kind != FormKind.Validator) Check(form, context);
        }
    }

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!field.IsAboutPerson || !Questions.IsGenderOrSex(field)) return;
        if (field.Concept == "sex" && (field.Purpose is not null || context.OptionBool("allowSexAtBirth", false))) return;

        if (field.Kind == FieldKind.Boolean)
        {
            // bool IsMale / IsFemale: two values by construction.
            context.Report(field, field.Span, ("options", "true and false"));
            return;
        }
        if (!Questions.IsClosed(field) || !field.OptionsKnown) return;

        var answers = Questions.RealAnswers(field).ToList();
        if (answers.Count < 2) return;
        var binary = answers.All(o => o.Meaning is OptionMeanings.Male or OptionMeanings.Female)
            && answers.Any(o => o.Meaning == OptionMeanings.Male)
            && answers.Any(o => o.Meaning == OptionMeanings.Female);
        if (!binary) return;
        context.Report(field, field.Span, ("options", string.Join(" and ", answers.Select(o => "'" + o.Label + "'"))));
    }
}
