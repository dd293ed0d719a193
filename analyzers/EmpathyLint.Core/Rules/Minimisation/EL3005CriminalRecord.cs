namespace EmpathyLint.Rules.Minimisation;

/// <summary>EL3005: criminal convictions and offences (GDPR Art. 10) asked with no declared purpose.</summary>
public sealed class EL3005CriminalRecord : DataCategoryRule
{
    public override string Id => "EL3005";
}
