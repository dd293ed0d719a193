using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmpathyLint.Journeys;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Journeys;

/// <summary>EL6001: a journey step asks again, in an empty field, for data an earlier step already has (email, phone, date of birth, address).</summary>
public sealed class EL6001DataAskedAgain : JourneyRule
{
    public override string Id => "EL6001";

    private static readonly string[] DefaultConcepts = { "email", "phone", "date-of-birth", "address", "postal-code" };

    public override void Check(Journey journey, IReadOnlyList<IReadOnlyList<FormDocument>> steps, Func<FormDocument, RuleContext> contextFor)
    {
        // Where each concept was first asked, by step.
        var asked = new Dictionary<string, (int Step, FormDocument Document, FormField Field)>(StringComparer.Ordinal);
        for (var step = 0; step < steps.Count; step++)
        {
            var askedHere = new List<(string, FormDocument, FormField)>();
            foreach (var document in steps[step])
            {
                RuleContext? context = null;
                foreach (var question in document.Questions)
                {
                    var field = question.Field;
                    if (question.Form.Kind != FormKind.Markup || !field.IsAboutPerson || field.Concept is not { } concept) continue;
                    context ??= contextFor(document);
                    var concepts = context.OptionList("concepts");
                    if (!(concepts.Count > 0 ? concepts : DefaultConcepts).Contains(concept)) continue;
                    askedHere.Add((concept, document, field));
                    if (!asked.TryGetValue(concept, out var earlier) || earlier.Step == step) continue;
                    // A bound field (asp-for, @bind-Value) shows what the model holds: prefilled, not asked again.
                    if (field.BoundMember is not null) continue;
                    context.Report(field, field.Span,
                        ("data", context.ConceptTitle(concept)),
                        ("step", (earlier.Step + 1).ToString(CultureInfo.InvariantCulture)),
                        ("journey", journey.Name),
                        ("earlier", $"{earlier.Document.Path}:{earlier.Field.Span.StartLine.ToString(CultureInfo.InvariantCulture)}"));
                }
            }
            foreach (var (concept, document, field) in askedHere)
            {
                if (!asked.ContainsKey(concept)) asked[concept] = (step, document, field);
            }
        }
    }
}
