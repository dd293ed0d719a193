using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Rules.Autofill;
using EmpathyLint.Rules.Gender;
using EmpathyLint.Rules.Journeys;
using EmpathyLint.Rules.Minimisation;
using EmpathyLint.Rules.Names;
using EmpathyLint.Rules.Wording;

namespace EmpathyLint.Rules;

/// <summary>Every rule implementation, listed by hand per category (no reflection: the CLI stays trimmable and AOT-friendly).</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<Rule> All { get; } = GenderRules.All
        .Concat(NameRules.All)
        .Concat(MinimisationRules.All)
        .Concat(WordingRules.All)
        .Concat(AutofillRules.All)
        .Concat(JourneyRules.All)
        .OrderBy(r => r.Id, System.StringComparer.Ordinal)
        .ToList();
}
