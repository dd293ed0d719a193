using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Names;

/// <summary>Facts about name questions that the EL20xx rules share.</summary>
public static class NameQuestions
{
    public const string GivenName = "given-name";
    public const string FamilyName = "family-name";
    public const string MiddleName = "middle-name";
    public const string FullName = "full-name";
    public const string PreferredName = "preferred-name";
    public const string PreviousName = "previous-name";

    private static readonly HashSet<string> NameConcepts = new(StringComparer.Ordinal)
    {
        GivenName, FamilyName, MiddleName, FullName, PreferredName, PreviousName,
    };

    /// <summary>A question that asks for a person's name or a part of it (not a user name, a company name or a pet's name).</summary>
    public static bool IsPersonName(FormField field) =>
        field.IsAboutPerson && field.Concept is not null && NameConcepts.Contains(field.Concept);

    /// <summary>Whether any label or identifier of the field contains one of <paramref name="phrases"/> (matched as whole words).</summary>
    public static string? FindPhrase(FormField field, PhraseIndex phrases)
    {
        foreach (var words in Wordings(field))
        {
            if (phrases.Best(words) is { } match) return match.Key;
        }
        return null;
    }

    /// <summary>The field's labels and identifiers, each as words.</summary>
    public static IEnumerable<List<string>> Wordings(FormField field)
    {
        foreach (var label in field.Labels) yield return Words.OfText(label.Text);
        foreach (var identifier in new[] { field.BoundMember, field.Name, field.Id })
        {
            if (!string.IsNullOrEmpty(identifier)) yield return Words.OfIdentifier(identifier);
        }
    }

    /// <summary>A phrase index over a rule option's comma-separated terms; each phrase maps back to the term as written.</summary>
    public static PhraseIndex PhrasesOf(IReadOnlyList<string> terms)
    {
        var index = new PhraseIndex();
        foreach (var term in terms) index.Add(term, term);
        return index;
    }
}

/// <summary>
/// Title (honorific) questions. The English word "title" also names a book, a blog post or a job, so a
/// question counts as an honorific only when its answers are titles, or, when the answers are not
/// visible, when something else confirms it (an honorific autocomplete token, a specific label such
/// as "Salutation", or a name field in the same form).
/// </summary>
public static class TitleQuestions
{
    public const string Concept = "title";
    public const string JobTitleConcept = "job-title";

    /// <summary>What an answer means when read as a title: "Frau" is ms here, "Keine Angabe" and "None" are no-title.</summary>
    public static string? TitleMeaning(FieldOption option, Vocabulary vocabulary)
    {
        if (option.Meaning is { } meaning && OptionMeanings.IsTitle(meaning)) return meaning;
        var all = vocabulary.MeaningsOf(option.Label);
        if (all.Count == 0) all = vocabulary.MeaningsOf(option.Value);
        var title = all.FirstOrDefault(OptionMeanings.IsTitle);
        if (title is not null) return title;
        // Declining to give a title is the no-title choice.
        return option.Meaning == OptionMeanings.PreferNotToSay || all.Contains(OptionMeanings.PreferNotToSay) ? OptionMeanings.NoTitle : null;
    }

    /// <summary>The answers read as titles; empty when the options are not titles at all.</summary>
    public static List<(FieldOption Option, string Meaning)> TitleAnswers(FormField field, Vocabulary vocabulary)
    {
        var answers = new List<(FieldOption, string)>();
        foreach (var option in field.Options)
        {
            var meaning = TitleMeaning(option, vocabulary);
            // An empty-valued "No title" looks like a placeholder but is the no-title answer itself.
            if (meaning is null || (option.IsPlaceholder && meaning != OptionMeanings.NoTitle)) continue;
            answers.Add((option, meaning));
        }
        return answers;
    }

    /// <summary>A closed question whose visible answers are titles (at least two of them).</summary>
    public static bool IsClosedTitleChoice(FormField field, Vocabulary vocabulary) =>
        field.IsAboutPerson
        && field.Concept == Concept
        && Questions.IsClosed(field)
        && field.OptionsKnown
        && TitleAnswers(field, vocabulary).Select(a => a.Meaning).Distinct(StringComparer.Ordinal).Count() >= 2;

    /// <summary>Whether the field asks for the person's title or honorific, confirmed by its answers or its surroundings.</summary>
    public static bool IsHonorific(Form form, FormField field, Vocabulary vocabulary)
    {
        if (!field.IsAboutPerson || field.Concept != Concept) return false;
        if (Questions.IsClosed(field) && field.OptionsKnown && Questions.Answers(field).Any())
        {
            // The answers are visible: they decide (a "Title" select of book titles is not an honorific).
            return IsClosedTitleChoice(field, vocabulary);
        }
        if (ConceptInference.AutocompleteToken(field.Constraints.Autocomplete?.Value) == "honorific-prefix") return true;
        if (HasSpecificTitleWording(field, vocabulary)) return true;
        return form.Fields.Any(other => !ReferenceEquals(other, field) && NameQuestions.IsPersonName(other));
    }

    /// <summary>A label or name that says "salutation", "honorific", "Anrede" … rather than the ambiguous "title".</summary>
    private static bool HasSpecificTitleWording(FormField field, Vocabulary vocabulary)
    {
        foreach (var words in NameQuestions.Wordings(field))
        {
            foreach (var match in vocabulary.ConceptTerms.FindAll(words))
            {
                if (match.Key != Concept) continue;
                var phrase = string.Concat(words.Skip(match.StartWord).Take(match.EndWord - match.StartWord));
                if (phrase is not ("title" or "titles")) return true;
            }
        }
        return false;
    }
}
