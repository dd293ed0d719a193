using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using EmpathyLint.Rules.Journeys;

namespace EmpathyLint.Journeys;

/// <summary>
/// Runs the rules that look across a journey's steps (EL6001) over the documents a host has read, reporting each
/// finding in the document where the fix goes, with the catalog's message and the configured severity.
/// </summary>
public static class JourneyLinter
{
    public static List<Finding> Lint(IReadOnlyList<FormDocument> documents, LintConfiguration configuration)
    {
        var findings = new List<Finding>();
        foreach (var rule in CrossStepRules)
        {
            var descriptor = configuration.Catalog.Find(rule.Id);
            var severity = configuration.SeverityOf(rule.Id);
            if (descriptor is null || severity == Severity.Off) continue;
            foreach (var journey in configuration.Journeys)
            {
                var steps = journey.Steps.Select(step => JourneySteps.Resolve(step, journey.BaseDirectory, documents)).ToList();
                var produced = new List<Finding>();
                rule.Check(journey, steps, document => new RuleContext(document, descriptor, configuration, produced));
                foreach (var finding in produced)
                {
                    finding.Severity = finding.SubjectSeverity ?? severity;
                    findings.Add(finding);
                }
            }
        }
        // The same question can sit in two journeys: report it once.
        var unique = findings.GroupBy(f => (f.RuleId, f.Path, f.Span.Start)).Select(g => g.First()).ToList();
        unique.Sort();
        return unique;
    }

    public static IReadOnlyList<JourneyRule> CrossStepRules { get; } = new JourneyRule[] { new EL6001DataAskedAgain() };
}
