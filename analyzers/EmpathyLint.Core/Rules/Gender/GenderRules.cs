using System.Collections.Generic;

namespace EmpathyLint.Rules.Gender;

public static class GenderRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL1001BinaryGenderOptions(),
        new EL1002NoGenderSelfDescribe(),
        new EL1003NoPreferNotToSay(),
        new EL1004GenderRequired(),
        new EL1005NoPronounsQuestion(),
        new EL1006ClosedPronounList(),
        new EL1007TransgenderAsGender(),
        new EL1008SexGenderConflated(),
    };
}
