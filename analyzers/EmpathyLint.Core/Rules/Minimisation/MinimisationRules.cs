using System.Collections.Generic;

namespace EmpathyLint.Rules.Minimisation;

public static class MinimisationRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL3001SpecialCategoryData(),
        new EL3002NationalIdentifier(),
        new EL3003FullDateOfBirth(),
        new EL3004SecurityQuestion(),
        new EL3005CriminalRecord(),
        new EL3006OtherPersonalData(),
        new EL3007SensitiveDataRequired(),
        new EL3008UnexplainedSensitiveQuestion(),
        new EL3009EthnicitySingleChoice(),
    };
}
