using System.Collections.Generic;

namespace EmpathyLint.Rules.Names;

public static class NameRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        
    };
}
