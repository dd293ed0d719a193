namespace EmpathyLint.CodeFixes;

/// <summary>
/// The contract between rules and fixes: a rule may set <c>Finding.Properties["fix"]</c> to one of these;
/// the analyzer copies it into the diagnostic's properties. A fix is offered when the rule id allows it, the
/// property (when present) agrees, and the code at the diagnostic is what the fix expects.
/// </summary>
public static class FixKinds
{
    public const string PropertyName = "fix";
    public const string AddPreferNotToSay = "add-prefer-not-to-say";
    public const string AddInclusiveGenderMembers = "add-inclusive-gender-members";
    public const string RemoveRequired = "remove-required";
    public const string AddMx = "add-mx";
}
