using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Vocabularies;

/// <summary>
/// Decides what each field asks about from all its signals together — autocomplete token, labels,
/// bound member, name and id, and the answers it offers — and whether it is about a person at all.
/// </summary>
public sealed class ConceptInference
{
    // A declared autocomplete token is the author's own statement of purpose; labels and names come next;
    // the option set alone is the weakest signal (a "Men/Women" list may be a shop department).
    private const int AutocompleteWeight = 5;
    private const int LabelWeight = 3;
    private const int NameWeight = 3;
    private const int OptionsWeight = 1;

    // A fieldset legend is the question of a radio group, but only context for a single input inside it.
    private const int ContextLabelWeight = 2;

    private readonly Vocabulary _vocabulary;

    public ConceptInference(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    public void Apply(FormDocument document)
    {
        foreach (var form in document.Forms)
        {
            foreach (var field in form.Fields) Apply(form, field);
        }
    }

    public void Apply(Form form, FormField field)
    {
        var meanings = new Dictionary<FieldOption, IReadOnlyList<string>>();
        foreach (var option in field.Options)
        {
            var all = _vocabulary.MeaningsOf(option.Label);
            if (all.Count == 0) all = _vocabulary.MeaningsOf(option.Value);
            meanings[option] = all;
            option.Meaning ??= all.Count > 0 ? all[0] : null;
        }

        var candidates = new List<(string Concept, int Score, string Evidence)>();
        var notPerson = new List<string>();

        var token = AutocompleteToken(field.Constraints.Autocomplete?.Value);
        if (token is not null && _vocabulary.AutocompleteConcepts.TryGetValue(token, out var byToken))
        {
            candidates.Add((byToken, AutocompleteWeight * 1000 + token.Length, "autocomplete=\"" + token + "\""));
        }

        var isGroup = field.Kind is FieldKind.RadioGroup or FieldKind.CheckboxGroup;
        foreach (var label in field.Labels)
        {
            var weight = label.Source == LabelSource.Legend && !isGroup ? ContextLabelWeight : LabelWeight;
            Consider(Words.OfText(label.Text), weight, "label \"" + label.Text.Trim() + "\"", candidates, notPerson);
        }
        foreach (var identifier in new[] { field.BoundMember, field.Name, field.Id }.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal))
        {
            Consider(Words.OfIdentifier(identifier), NameWeight, "name \"" + identifier + "\"", candidates, notPerson, fromName: true);
        }
        foreach (var hint in field.Hints)
        {
            // Hints often mention other data ("we use your date of birth to…"): they only tell us the subject.
            CollectNotPerson(Words.OfText(hint.Text), null, notPerson);
        }

        if (field.Kind == FieldKind.Boolean && GenderFromBooleanName(field.Name) is { } evidence)
        {
            // bool IsMale / IsFemale: a two-valued gender question by construction.
            candidates.Add(("gender", NameWeight * 1000, evidence));
        }

        var byOptions = ConceptFromOptions(field, meanings);
        if (byOptions is not null) candidates.Add((byOptions, OptionsWeight * 1000, "options"));

        // "Genre" / "género" also name a music or book genre: a closed question whose answers are
        // none of them genders ("Rock", "Jazz") is not asking about gender, whatever its label says.
        if (AnswersAreNotGenders(field, meanings)) candidates.RemoveAll(c => c.Concept is "gender" or "sex" && c.Score < AutocompleteWeight * 1000);

        if (candidates.Count > 0)
        {
            var best = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Concept, StringComparer.Ordinal).First();
            field.Concept = best.Concept;
            foreach (var c in candidates.Where(c => c.Concept == best.Concept)) field.ConceptEvidence.Add(c.Evidence);
            SettleMeanings(field, meanings);
        }

        if (form.NotAboutPersonReason is not null)
        {
            field.NotAboutPersonReason = form.NotAboutPersonReason;
        }
        else if (notPerson.Count > 0)
        {
            field.NotAboutPersonReason = "the question is about " + notPerson[0];
        }
        else if (TypeSubject(form) is { } subject && !NamesAPerson(field))
        {
            // class PetRegistrationModel { Sex, DateOfBirth }: the members describe the pet; OwnerName still describes a person.
            field.NotAboutPersonReason = "the model is about " + subject;
        }
    }

    // Words a model's type name ends with that say how it is used, not what it describes ("PetModel", "DogRegistration").
    private static readonly HashSet<string> TypeNameSuffixes = new(StringComparer.Ordinal)
    {
        "model", "view", "dto", "input", "form", "request", "command", "entity", "record", "details", "info", "data", "registration", "profile",
    };

    /// <summary>
    /// A C# model's members are about what its type is named after: <c>class Pet { Sex Sex }</c> asks a pet's sex.
    /// Only the type name's head noun counts, so a <c>PetOwner</c> or a <c>CarInsuranceQuote</c> is still about a person.
    /// </summary>
    private string? GenderFromBooleanName(string? name)
    {
        var words = Words.OfIdentifier(name);
        if (words.Count < 2 || words[0] != "is") return null;
        var meaning = _vocabulary.MeaningOf(string.Join(" ", words.Skip(1)));
        return meaning is OptionMeanings.Male or OptionMeanings.Female ? "name \"" + name + "\"" : null;
    }

    private string? TypeSubject(Form form)
    {
        if (form.Kind is not (FormKind.Model or FormKind.Validator) || string.IsNullOrEmpty(form.Name)) return null;
        var words = Words.OfIdentifier(form.Name);
        var end = words.Count;
        while (end > 1 && TypeNameSuffixes.Contains(words[end - 1])) end--;
        foreach (var subject in _vocabulary.NotPersonTerms.FindAll(words))
        {
            if (subject.EndWord == end) return $"{subject.Key} (\"{form.Name}\")";
        }
        return null;
    }

    private bool NamesAPerson(FormField field)
    {
        foreach (var identifier in new[] { field.Name, field.BoundMember })
        {
            if (_vocabulary.PersonRoleTerms.Best(Words.OfIdentifier(identifier)) is not null) return true;
        }
        foreach (var label in field.Labels)
        {
            if (_vocabulary.PersonRoleTerms.Best(Words.OfText(label.Text)) is not null) return true;
        }
        return false;
    }

    private void Consider(List<string> words, int weight, string evidence, List<(string, int, string)> candidates, List<string> notPerson, bool fromName = false)
    {
        if (words.Count == 0) return;
        var matches = _vocabulary.ConceptTerms.FindAll(words);
        // Code identifiers are English: "Genre" in a member name is a kind of film or music, not the French for gender.
        if (fromName) matches.RemoveAll(m => _vocabulary.Concept(m.Key) is { NotFromNames.Count: > 0 } c && c.NotFromNames.Contains(string.Join(" ", words.Skip(m.StartWord).Take(m.EndWord - m.StartWord))));
        PhraseMatch? best = null;
        foreach (var m in matches)
        {
            if (best is null || m.Length > best.Value.Length) best = m;
        }
        if (best is not null) candidates.Add((best.Value.Key, weight * 1000 + best.Value.Length, evidence));
        CollectNotPerson(words, matches, notPerson);
    }

    private void CollectNotPerson(List<string> words, List<PhraseMatch>? conceptMatches, List<string> notPerson)
    {
        foreach (var subject in _vocabulary.NotPersonTerms.FindAll(words))
        {
            // "name of your first pet" is a security question about the person, not a question about a pet.
            if (conceptMatches is not null && conceptMatches.Any(c => c.Overlaps(subject) && c.Length >= subject.Length)) continue;
            var phrase = string.Join(" ", words.Skip(subject.StartWord).Take(subject.EndWord - subject.StartWord));
            notPerson.Add($"{subject.Key} (\"{phrase}\")");
        }
    }

    /// <summary>
    /// True when the field lists its answers and at least two of them mean nothing the vocabulary knows, while
    /// none means more than "Other" or "Prefer not to say": a gender question always offers some gender or a yes/no.
    /// </summary>
    private static bool AnswersAreNotGenders(FormField field, Dictionary<FieldOption, IReadOnlyList<string>> meanings)
    {
        if (!field.OptionsKnown) return false;
        var unknown = 0;
        foreach (var option in field.Options)
        {
            if (option.IsPlaceholder) continue;
            if (!meanings.TryGetValue(option, out var all) || all.Count == 0)
            {
                unknown++;
                continue;
            }
            if (all.Any(m => m is not OptionMeanings.Other and not OptionMeanings.PreferNotToSay)) return false;
        }
        return unknown >= 2;
    }

    /// <summary>A closed question whose answers are genders, titles or pronouns says what it asks even without a label.</summary>
    private static string? ConceptFromOptions(FormField field, Dictionary<FieldOption, IReadOnlyList<string>> meanings)
    {
        int gender = 0, title = 0, pronoun = 0, known = 0, titleOnly = 0;
        foreach (var option in field.Options)
        {
            if (option.IsPlaceholder || !meanings.TryGetValue(option, out var all) || all.Count == 0) continue;
            known++;
            if (all.Any(OptionMeanings.IsGender)) gender++;
            if (all.Any(OptionMeanings.IsTitle)) title++;
            if (all.Any(OptionMeanings.IsTitle) && !all.Any(OptionMeanings.IsGender)) titleOnly++;
            if (all.Any(OptionMeanings.IsPronoun)) pronoun++;
        }
        if (known < 2) return null;
        // "Herr / Frau" are titles even though "Frau" is also "woman".
        if (title >= 2 && titleOnly >= 1) return "title";
        if (gender >= 2) return "gender";
        if (title >= 2) return "title";
        if (pronoun >= 2) return "pronouns";
        return null;
    }

    /// <summary>Once the question is known, an ambiguous answer takes the meaning that fits it ("Frau" in a title question is a title).</summary>
    private static void SettleMeanings(FormField field, Dictionary<FieldOption, IReadOnlyList<string>> meanings)
    {
        System.Func<string, bool>? fits = field.Concept switch
        {
            "title" => OptionMeanings.IsTitle,
            "gender" or "sex" => m => OptionMeanings.IsGender(m) || m == OptionMeanings.PreferNotToSay,
            "pronouns" => m => OptionMeanings.IsPronoun(m) || m is OptionMeanings.SelfDescribe or OptionMeanings.PreferNotToSay or OptionMeanings.Other,
            _ => null,
        };
        if (fits is null) return;
        foreach (var option in field.Options)
        {
            if (!meanings.TryGetValue(option, out var all) || all.Count < 2) continue;
            var fitting = all.FirstOrDefault(fits);
            if (fitting is not null) option.Meaning = fitting;
        }
    }

    /// <summary>The field-name token of an autocomplete attribute ("section-x shipping given-name webauthn" → "given-name").</summary>
    public static string? AutocompleteToken(string? autocomplete)
    {
        if (string.IsNullOrWhiteSpace(autocomplete)) return null;
        var parts = autocomplete!.Trim().ToLowerInvariant().Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (part.StartsWith("section-", StringComparison.Ordinal) || part is "shipping" or "billing" or "home" or "work" or "mobile" or "fax" or "pager" or "webauthn") continue;
            return part;
        }
        return null;
    }
}

/// <summary>Groups of option meanings that rules reason about.</summary>
public static class OptionMeanings
{
    public const string Male = "male";
    public const string Female = "female";
    public const string NonBinary = "non-binary";
    public const string Other = "other";
    public const string SelfDescribe = "self-describe";
    public const string PreferNotToSay = "prefer-not-to-say";
    public const string Transgender = "transgender";
    public const string Intersex = "intersex";
    public const string Mx = "mx";
    public const string NoTitle = "no-title";

    private static readonly HashSet<string> Gender = new(StringComparer.Ordinal) { Male, Female, NonBinary, Other, SelfDescribe, Transgender, Intersex };
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", Mx, "dr", "prof", "rev", NoTitle };

    public static bool IsGender(string meaning) => Gender.Contains(meaning);
    public static bool IsTitle(string meaning) => Titles.Contains(meaning);
    public static bool IsPronoun(string meaning) => meaning.StartsWith("pronoun-", StringComparison.Ordinal);
}
