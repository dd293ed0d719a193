using System;
using System.Collections.Generic;

namespace EmpathyLint.Model;

/// <summary>
/// Facts that live outside the file being scanned but within the scanned sources: enum members for
/// options bound from C# (<c>asp-items="Html.GetEnumSelectList&lt;Gender&gt;()"</c>), data annotations on
/// model members bound by markup, and localisation resource values. Hosts fill it before linting markup:
/// the CLI from the .cs and .resx files it finds, the analyzer from the compilation.
/// </summary>
public sealed class ProjectContext
{
    public static ProjectContext Empty { get; } = new();

    /// <summary>Enum simple name → member names in declaration order.</summary>
    public Dictionary<string, IReadOnlyList<string>> Enums { get; } = new(StringComparer.Ordinal);

    /// <summary>Model member facts by "Type.Member" and by bare "Member" (when unambiguous).</summary>
    public Dictionary<string, ModelMemberFacts> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Types taken as a person's input (action parameters, bound page properties, validator targets) → the code that shows it.</summary>
    public Dictionary<string, string> InputModels { get; } = new(StringComparer.Ordinal);

    /// <summary>Type simple name → member name → the markup controls that bind it (asp-for, @Html.*For, @bind-Value).</summary>
    public Dictionary<string, Dictionary<string, List<RelatedLocation>>> MarkupBindings { get; } = new(StringComparer.Ordinal);

    /// <summary>Localisation key → text (from .resx files in the scanned sources).</summary>
    public Dictionary<string, string> Resources { get; } = new(StringComparer.Ordinal);
}

/// <summary>What the C# model says about a member that markup binds to.</summary>
public sealed class ModelMemberFacts
{
    public ModelMemberFacts(string typeName, string memberName)
    {
        TypeName = typeName;
        MemberName = memberName;
    }

    public string TypeName { get; }
    public string MemberName { get; }

    /// <summary>The member's declared type name (an enum name for enum-typed members).</summary>
    public string? MemberType { get; set; }
    public bool Required { get; set; }
    public string? DisplayName { get; set; }
    public string? Purpose { get; set; }

    /// <summary>Where the member is declared, when the host read it from a source of the scan.</summary>
    public RelatedLocation? Place { get; set; }
}
