namespace EmpathyLint.Rules.Minimisation;

/// <summary>EL3002: a national identifier (SSN, National Insurance number, passport …) asked with no declared purpose.</summary>
public sealed class EL3002NationalIdentifier : DataCategoryRule
{
    public override string Id => "EL3002";
}
