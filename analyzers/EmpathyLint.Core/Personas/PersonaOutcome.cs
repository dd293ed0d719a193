namespace EmpathyLint.Personas;

/// <summary>What a question does to a person, worst last so outcomes compare by how bad they are.</summary>
public enum OutcomeKind
{
    /// <summary>The person can answer truthfully, or leave it out.</summary>
    Fine,

    /// <summary>The person must disclose sensitive data they would withhold, and the form states no purpose.</summary>
    Exposed,

    /// <summary>The person must pick an answer that is not true of them.</summary>
    Misrepresented,

    /// <summary>The person cannot submit the form truthfully at all.</summary>
    Blocked,
}

/// <summary>One question's outcome for one person, with the reason and the place.</summary>
public sealed class PersonaOutcome
{
    public PersonaOutcome(Persona persona, PersonaQuestion question, OutcomeKind kind, string reason)
    {
        Persona = persona;
        Question = question;
        Kind = kind;
        Reason = reason;
    }

    public Persona Persona { get; }
    public PersonaQuestion Question { get; }
    public OutcomeKind Kind { get; }
    public string Reason { get; }

    public static string Word(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Blocked => "blocked",
        OutcomeKind.Misrepresented => "misrepresented",
        OutcomeKind.Exposed => "exposed",
        _ => "fine",
    };
}
