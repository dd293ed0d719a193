using System.Collections.Generic;

namespace EmpathyLint.Personas;

/// <summary>
/// A person walked through the forms: the facts about them that forms ask for. Built-in people come from
/// <c>rules/personas/*.yaml</c>; a project config adds or replaces them under <c>personas:</c>.
/// </summary>
public sealed class Persona
{
    public Persona(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    /// <summary>How reports name the person.</summary>
    public string Name { get; }
    public string Story { get; set; } = "";
    public string? GivenName { get; set; }

    /// <summary>Null for a person with one name only.</summary>
    public string? FamilyName { get; set; }
    public string? MiddleName { get; set; }
    public string? FullNameOverride { get; set; }

    /// <summary>The whole name as the person writes it: the override, else the given, middle and family names joined.</summary>
    public string FullName => FullNameOverride ?? string.Join(" ", new[] { GivenName, MiddleName, FamilyName }.WhereNotEmpty());

    /// <summary>An option meaning (mr, ms, mx, no-title …), or null when the person has no view.</summary>
    public string? Title { get; set; }

    /// <summary>An option meaning (male, female, non-binary, prefer-not-to-say …).</summary>
    public string? Gender { get; set; }
    public bool Transgender { get; set; }

    /// <summary>An option meaning (pronoun-they, pronoun-he, pronoun-she).</summary>
    public string? Pronouns { get; set; }
    public int? Age { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Concepts the person prefers not to disclose (gender, ethnicity, date-of-birth …).</summary>
    public List<string> Withholds { get; } = new();

    /// <summary>Concepts the person cannot give at all (national-id for a newcomer).</summary>
    public List<string> Lacks { get; } = new();

    /// <summary>Where the person was defined, for messages.</summary>
    public string SourcePath { get; set; } = "";
    public int SourceLine { get; set; } = 1;
}

internal static class PersonaStrings
{
    public static IEnumerable<string> WhereNotEmpty(this IEnumerable<string?> parts)
    {
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part)) yield return part!;
        }
    }
}
