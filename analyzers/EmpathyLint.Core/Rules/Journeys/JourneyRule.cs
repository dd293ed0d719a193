using System;
using System.Collections.Generic;
using EmpathyLint.Journeys;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Journeys;

/// <summary>A rule about a journey as a whole: its steps in order, each the documents (and their questions) it names.</summary>
public abstract class JourneyRule
{
    public abstract string Id { get; }

    /// <param name="steps">Per step, the documents it resolves to.</param>
    /// <param name="contextFor">The reporting context for the document where a finding goes.</param>
    public abstract void Check(Journey journey, IReadOnlyList<IReadOnlyList<FormDocument>> steps, Func<FormDocument, RuleContext> contextFor);
}
