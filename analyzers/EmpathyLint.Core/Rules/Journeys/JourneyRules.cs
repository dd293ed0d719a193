using System.Collections.Generic;

namespace EmpathyLint.Rules.Journeys;

/// <summary>The journey rules (EL6xxx) that judge one document at a time; EL6001 looks across a journey's steps (<see cref="EmpathyLint.Journeys.JourneyLinter"/>).</summary>
public static class JourneyRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[] { new EL6002PromptForSignedInUsers() };
}
