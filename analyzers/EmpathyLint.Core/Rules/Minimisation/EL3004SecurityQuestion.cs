namespace EmpathyLint.Rules.Minimisation;

/// <summary>
/// EL3004: knowledge-based security questions (mother's maiden name, first pet …): a field whose concept is a
/// security question, or a select whose answers are such questions. Reported once per form.
/// </summary>
public sealed class EL3004SecurityQuestion : DataCategoryRule
{
    public override string Id => DataCategories.SecurityQuestionRule;
}
