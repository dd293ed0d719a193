using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1008: sex and gender asked as one question ("Sex/Gender"), or gender guessed from a title or a first name in code.</summary>
public sealed class EL1008SexGenderConflated : Rule
{
    public const string TitleToGender = "title-to-gender";
    public const string NameToGender = "name-to-gender";

    public override string Id => "EL1008";

    public override void CheckDocument(RuleContext context)
    {
        foreach (var observation in context.Document.Observations)
        {
            var source = observation.Kind switch
            {
                TitleToGender => "a title",
                NameToGender => "a first name",
                _ => null,
            };
            if (source is null) continue;
            var what = "Gender is guessed from " + source + " in code" + Detail(observation.Detail);
            var finding = context.Report(null, observation.Span, ("what", what));
            finding.Concept = "gender";
        }
        base.CheckDocument(context);
    }

    public override void Check(Form form, RuleContext context)
    {
        foreach (var field in form.Fields)
        {
            // A declared purpose quiets review-tier findings: the author has said what the question is for.
            if (!field.IsAboutPerson || field.Purpose is not null) continue;
            if (!NamesBothSexAndGender(field, context.Vocabulary)) continue;
            context.Report(field, field.Span, ("what", "'" + field.DisplayName + "' asks about sex and gender in one question"));
        }
    }

    /// <summary>True when the labels name both concepts; "biologisches Geschlecht" is sex alone, not sex plus "Geschlecht".</summary>
    private static bool NamesBothSexAndGender(FormField field, Vocabulary vocabulary)
    {
        bool sex = false, gender = false;
        foreach (var label in field.LabelTexts)
        {
            var matches = vocabulary.ConceptTerms.FindAll(Words.OfText(label));
            foreach (var match in matches)
            {
                // A shorter term inside a longer one ("geschlecht" in "biologisches geschlecht") is not a second concept.
                if (matches.Any(other => other.Overlaps(match) && other.Length > match.Length)) continue;
                if (match.Key == "sex") sex = true;
                else if (match.Key == "gender") gender = true;
            }
        }
        return sex && gender;
    }

    private static string Detail(string detail)
    {
        var text = string.Join(" ", (detail ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0) return "";
        if (text.Length > 80) text = text.Substring(0, 77) + "...";
        return " (" + text + ")";
    }
}
