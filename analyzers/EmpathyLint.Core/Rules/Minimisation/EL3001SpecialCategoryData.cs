namespace EmpathyLint.Rules.Minimisation;

/// <summary>EL3001: special category data (GDPR Art. 9) asked with no declared purpose.</summary>
public sealed class EL3001SpecialCategoryData : DataCategoryRule
{
    public override string Id => "EL3001";
}
