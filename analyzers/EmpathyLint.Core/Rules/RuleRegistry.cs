using System.Collections.Generic;
using EmpathyLint.Rules.Gender;

namespace EmpathyLint.Rules;

/// <summary>Every rule implementation, listed by hand (no reflection: the CLI stays trimmable and AOT-friendly).</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL1001BinaryGenderOptions(),
    };
}
