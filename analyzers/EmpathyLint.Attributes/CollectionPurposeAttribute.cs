using System;

namespace EmpathyLint
{
    /// <summary>
    /// Declares why a model collects a piece of personal data, for example
    /// <c>[CollectionPurpose("Age check for alcohol sales")]</c> on a date of birth. EmpathyLint treats a
    /// question with a declared purpose as deliberate: rules that must guess whether the data is needed
    /// stay quiet, and the purpose appears in the data inventory.
    /// </summary>
    /// <remarks>
    /// On a class, the purpose applies to every member that does not declare its own. The analyzers read
    /// the attribute from source by its name, so the attribute has no behaviour at run time.
    /// </remarks>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class CollectionPurposeAttribute : Attribute
    {
        /// <summary>Declares the purpose for collecting the data.</summary>
        /// <param name="purpose">Why the data is needed, in words a reviewer or the person asked can check (for example "Clinical: reference ranges depend on sex registered at birth").</param>
        public CollectionPurposeAttribute(string purpose)
        {
            Purpose = purpose;
        }

        /// <summary>Why the data is needed.</summary>
        public string Purpose { get; }
    }
}
