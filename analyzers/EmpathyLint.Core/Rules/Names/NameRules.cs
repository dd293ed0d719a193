using System.Collections.Generic;

namespace EmpathyLint.Rules.Names;

public static class NameRules
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new EL2001TitleWithoutMxOrNoTitle(),
        new EL2002TitleRequired(),
        new EL2003ClosedTitleChoice(),
        new EL2010NamePatternRejectsRealNames(),
        new EL2011NameMinimumLength(),
        new EL2012NameMaximumLength(),
        new EL2013FamilyNameRequired(),
        new EL2014MiddleNameRequired(),
        new EL2015MaidenNameWording(),
        new EL2016SplitNameWithoutFullName(),
    };
}
