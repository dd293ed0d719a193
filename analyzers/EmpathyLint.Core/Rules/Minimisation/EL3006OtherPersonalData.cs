namespace EmpathyLint.Rules.Minimisation;

/// <summary>EL3006: other personal data from the vocabulary (marital status, income, precise location, photo …) with no declared purpose.</summary>
public sealed class EL3006OtherPersonalData : DataCategoryRule
{
    public override string Id => "EL3006";
}
