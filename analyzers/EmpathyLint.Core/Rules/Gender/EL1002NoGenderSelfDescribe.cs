using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1002: a gender question with a fixed third answer ("Other", "Non-binary") but no way to answer in one's own words.</summary>
public sealed class EL1002NoGenderSelfDescribe : Rule
{
    // Answers beyond male and female that still leave the person to pick from someone else's list.
    private static readonly HashSet<string> FixedThirdAnswers = new(System.StringComparer.Ordinal)
    {
        OptionMeanings.NonBinary, OptionMeanings.Other, OptionMeanings.Intersex, OptionMeanings.Transgender,
    };

    public override string Id => "EL1002";

    public override void Check(Form form, RuleContext context)
    {
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Concept is not ("gender" or "sex")) continue;
            // A declared need for sex registered at birth is a record, not a self-description.
            if (field.Concept == "sex" && field.Purpose is not null) continue;
            if (!Questions.IsClosed(field) || !field.OptionsKnown) continue;

            var third = Questions.RealAnswers(field).FirstOrDefault(o => o.Meaning is not null && FixedThirdAnswers.Contains(o.Meaning));
            if (third is null) continue;
            if (Questions.HasWriteIn(form, field)) continue;
            context.Report(field, field.Span, ("option", third.Label));
        }
    }
}
