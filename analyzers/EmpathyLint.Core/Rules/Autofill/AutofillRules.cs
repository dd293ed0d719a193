using System.Collections.Generic;

namespace EmpathyLint.Rules.Autofill;

public static class AutofillRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL5001MissingAutocomplete(),
        new EL5002InvalidAutocompleteToken(),
    };
}
