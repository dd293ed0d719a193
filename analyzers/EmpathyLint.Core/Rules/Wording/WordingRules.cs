using System.Collections.Generic;

namespace EmpathyLint.Rules.Wording;

public static class WordingRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL4001GenderedWording(),
        new EL4002MotherFatherFields(),
    };
}
