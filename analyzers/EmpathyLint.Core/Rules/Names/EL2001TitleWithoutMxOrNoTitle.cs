using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Names;

/// <summary>EL2001: a closed title question without the gender-neutral Mx or without a way to use no title.</summary>
public sealed class EL2001TitleWithoutMxOrNoTitle : FieldRule
{
    public override string Id => "EL2001";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!TitleQuestions.IsClosedTitleChoice(field, context.Vocabulary)) return;
        var meanings = TitleQuestions.TitleAnswers(field, context.Vocabulary).Select(a => a.Meaning).ToList();
        var hasMx = meanings.Contains(OptionMeanings.Mx);
        var hasNoTitle = meanings.Contains(OptionMeanings.NoTitle);
        if (hasMx && hasNoTitle) return;

        var missing = !hasMx && !hasNoTitle
            ? "the gender-neutral title Mx and a 'No title' choice"
            : !hasMx ? "the gender-neutral title Mx" : "a 'No title' choice";
        var finding = context.Report(field, field.Span, ("missing", missing));
        finding.Properties["fix"] = hasMx ? "add-no-title" : "add-mx";
        finding.Properties["missing"] = !hasMx && !hasNoTitle ? "mx,no-title" : !hasMx ? "mx" : "no-title";
    }
}
