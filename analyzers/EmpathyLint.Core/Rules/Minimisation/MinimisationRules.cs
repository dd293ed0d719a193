using System.Collections.Generic;

namespace EmpathyLint.Rules.Minimisation;

public static class MinimisationRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        
    };
}
