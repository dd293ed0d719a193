using System.Collections.Generic;

namespace EmpathyLint.Rules.Gender;

public static class GenderRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL1001BinaryGenderOptions(),
    };
}
