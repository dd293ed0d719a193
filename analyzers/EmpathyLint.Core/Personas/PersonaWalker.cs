using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmpathyLint.Rules.Names;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Personas;

/// <summary>
/// Walks a person through questions: for each, whether they can answer truthfully (fine), must lie
/// (misrepresented), must disclose what they would withhold with no stated purpose (exposed) or cannot
/// submit at all (blocked). Name patterns are run on the person's real strings, as EL2010 runs them.
/// </summary>
public static class PersonaWalker
{
    public static List<PersonaOutcome> Walk(IEnumerable<PersonaQuestion> questions, IEnumerable<Persona> people)
    {
        var outcomes = new List<PersonaOutcome>();
        var list = questions.ToList();
        foreach (var persona in people)
        {
            foreach (var question in list) outcomes.Add(Judge(persona, question));
        }
        return outcomes;
    }

    public static PersonaOutcome Judge(Persona persona, PersonaQuestion question)
    {
        var (kind, reason) = Decide(persona, question);
        return new PersonaOutcome(persona, question, kind, reason);
    }

    private static (OutcomeKind, string) Decide(Persona persona, PersonaQuestion q)
    {
        if (q.Concept is null) return Fine("not a question the walk knows how to answer");
        if (persona.Lacks.Contains(q.Concept))
        {
            return q.AnswerForced
                ? (OutcomeKind.Blocked, $"has no {Title(q)} to give, and '{q.Label}' must be answered")
                : Fine($"can leave '{q.Label}' empty");
        }
        if (NameValue(persona, q.Concept) is { } name) return JudgeName(name, q);
        if (q.Concept is NameQuestions.FamilyName or NameQuestions.MiddleName)
        {
            var part = q.Concept == NameQuestions.FamilyName ? "family name" : "middle name";
            return q.Required is not null
                ? (OutcomeKind.Blocked, $"has no {part}, and '{q.Label}' is required ({q.Required})")
                : Fine($"can leave '{q.Label}' empty");
        }
        return q.Concept switch
        {
            "gender" => JudgeChoice(persona, q, persona.Gender, "gender"),
            "title" => JudgeChoice(persona, q, persona.Title, "title"),
            "pronouns" => JudgeChoice(persona, q, persona.Pronouns, "pronouns"),
            _ => JudgeDisclosure(persona, q),
        };
    }

    /// <summary>The person's own string for a name question, or null when they have no such name (one name only, no middle name).</summary>
    private static string? NameValue(Persona persona, string concept) => concept switch
    {
        NameQuestions.GivenName => persona.GivenName ?? persona.FullName,
        NameQuestions.FamilyName => persona.FamilyName,
        NameQuestions.MiddleName => persona.MiddleName,
        NameQuestions.FullName => persona.FullName,
        NameQuestions.PreferredName => persona.GivenName ?? persona.FullName,
        _ => null,
    };

    private static (OutcomeKind, string) JudgeName(string name, PersonaQuestion q)
    {
        if (!string.IsNullOrEmpty(q.Pattern) && NamePatternJudge.Accepts(q.Pattern!, q.PatternFlavor, name) == false)
        {
            return (OutcomeKind.Blocked, $"'{q.Label}' has a pattern that rejects '{name}'");
        }
        var length = new StringInfo(name).LengthInTextElements;
        if (q.MaxLength is { } max && max > 0 && length > max)
        {
            return (OutcomeKind.Blocked, $"'{q.Label}' takes {Number(max)} characters; '{name}' has {Number(length)}");
        }
        if (q.MinLength is { } min && length < min)
        {
            return (OutcomeKind.Blocked, $"'{q.Label}' needs at least {Number(min)} characters; '{name}' has {Number(length)}");
        }
        return Fine($"can write '{name}'");
    }

    /// <summary>A closed question the person has a true answer to: is it offered, or is there a way round it?</summary>
    private static (OutcomeKind, string) JudgeChoice(Persona persona, PersonaQuestion q, string? answer, string what)
    {
        if (q.Concept is { } concept && persona.Withholds.Contains(concept)) return JudgeDisclosure(persona, q);
        if (answer is null || !q.IsClosed) return Fine(q.IsClosed ? $"no {what} to state" : $"can write their {what}");
        if (!q.OptionsKnown) return Fine($"the answers to '{q.Label}' come from code the scan cannot see");
        if (Offers(q, answer)) return Fine($"'{q.Label}' offers their {what}");
        if (answer == OptionMeanings.NoTitle && Offers(q, OptionMeanings.PreferNotToSay)) return Fine($"'{q.Label}' lets them give no title");
        if (Offers(q, OptionMeanings.SelfDescribe)) return Fine($"'{q.Label}' lets them describe their {what}");
        if (!q.AnswerForced) return Fine($"'{q.Label}' does not offer their {what}, but can be left out");
        var offered = string.Join(", ", q.OptionLabels.Take(4));
        return (OutcomeKind.Misrepresented, $"'{q.Label}' must be answered and offers only {offered}");
    }

    /// <summary>Personal data the person may prefer not to give: exposed when they withhold it, it must be answered, and no purpose is stated.</summary>
    private static (OutcomeKind, string) JudgeDisclosure(Persona persona, PersonaQuestion q)
    {
        if (!persona.Withholds.Contains(q.Concept!)) return Fine($"can answer '{q.Label}'");
        if (!q.AnswerForced) return Fine($"can leave '{q.Label}' empty");
        if (Offers(q, OptionMeanings.PreferNotToSay)) return Fine($"'{q.Label}' offers 'prefer not to say'");
        if (!string.IsNullOrWhiteSpace(q.Purpose)) return Fine($"'{q.Label}' states why it asks: {q.Purpose}");
        return (OutcomeKind.Exposed, $"must disclose {Title(q)} ('{q.Label}' must be answered, no purpose stated)");
    }

    private static bool Offers(PersonaQuestion q, string meaning) => q.OptionMeanings.Contains(meaning);

    private static string Title(PersonaQuestion q) => q.DataTitle ?? q.Concept!.Replace('-', ' ');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static (OutcomeKind, string) Fine(string reason) => (OutcomeKind.Fine, reason);
}
