using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Vocabularies;

/// <summary>A personal-data category judged by the minimisation rules.</summary>
public sealed class DataCategory
{
    public DataCategory(string ruleId, string legalBasis, string title, Severity? severity = null)
    {
        RuleId = ruleId;
        LegalBasis = legalBasis;
        Title = title;
        Severity = severity;
    }

    public string RuleId { get; }
    public string LegalBasis { get; }
    public string Title { get; }

    /// <summary>The category's own default severity (<c>data.severity</c>); null means the judging rule's severity.</summary>
    public Severity? Severity { get; }
}

public sealed class ConceptDefinition
{
    public ConceptDefinition(string id, string group)
    {
        Id = id;
        Group = group;
    }

    public string Id { get; }
    public string Group { get; set; }
    public List<string> Terms { get; } = new();
    public List<string> Autocomplete { get; } = new();

    /// <summary>Terms that name the concept in a label but not in a code identifier, where they are English words ("genre").</summary>
    public HashSet<string> NotFromNames { get; } = new(StringComparer.Ordinal);
    public DataCategory? Data { get; set; }

    /// <summary>How messages name the concept.</summary>
    public string Title => Data?.Title ?? Id.Replace('-', ' ');
}

/// <summary>A wording to avoid and what to say instead.</summary>
public sealed class TermAlternative
{
    public TermAlternative(string term, IReadOnlyList<string> alternatives, string language)
    {
        Term = term;
        Alternatives = alternatives;
        Language = language;
    }

    public string Term { get; }
    public IReadOnlyList<string> Alternatives { get; }
    public string Language { get; }
}

/// <summary>
/// All the words EmpathyLint knows: concepts, option meanings, non-person subjects, gendered
/// terms and real names. Built-in data comes from <c>rules/vocabulary</c>; a project config adds to it.
/// </summary>
public sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> BuiltIn = new(LoadEmbedded);

    public Dictionary<string, ConceptDefinition> Concepts { get; } = new(StringComparer.Ordinal);
    public PhraseIndex ConceptTerms { get; } = new();
    public Dictionary<string, string> AutocompleteConcepts { get; } = new(StringComparer.OrdinalIgnoreCase);
    public PhraseIndex OptionMeanings { get; } = new();
    public PhraseIndex NotPersonTerms { get; } = new();

    /// <summary>Words naming a person's role (owner, contact, parent …): a member so named is about a person even in a model about a thing.</summary>
    public PhraseIndex PersonRoleTerms { get; } = new();
    private readonly List<(string Role, string Term)> _personRoles = new();
    public List<TermAlternative> GenderedTerms { get; } = new();
    public List<TermAlternative> ParentTerms { get; } = new();
    public PhraseIndex GenderedIndex { get; } = new();
    public PhraseIndex ParentIndex { get; } = new();
    public List<string> RealNames { get; } = new();

    /// <summary>Words that make a yes/no field a setting, not a question (GenderEnabled, ShowDateOfBirth, IsGenderSpecific).</summary>
    public HashSet<string> SettingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The WHATWG autocomplete grammar's tokens (<c>rules/vocabulary/autofill-tokens.yaml</c>), for EL5002.</summary>
    public AutofillTokens Autofill { get; } = new();

    public static Vocabulary Default => BuiltIn.Value;

    public ConceptDefinition? Concept(string? id) => id is not null && Concepts.TryGetValue(id, out var c) ? c : null;

    private static Vocabulary LoadEmbedded()
    {
        var vocabulary = new Vocabulary();
        foreach (var (name, text) in EmbeddedRules.Enumerate("rules/vocabulary/"))
        {
            if (name.EndsWith(".txt", StringComparison.Ordinal))
            {
                if (name.EndsWith("real-names.txt", StringComparison.Ordinal)) vocabulary.AddRealNames(text);
                continue;
            }
            vocabulary.AddYaml(text, name);
        }
        return vocabulary;
    }

    /// <summary>A copy that a project config may extend without touching the built-in data.</summary>
    public Vocabulary Clone()
    {
        var copy = new Vocabulary();
        foreach (var concept in Concepts.Values)
        {
            copy.AddConcept(concept.Id, concept.Group, concept.Terms, concept.Autocomplete, concept.Data);
            foreach (var term in concept.NotFromNames) copy.Concepts[concept.Id].NotFromNames.Add(term);
        }
        foreach (var pair in _optionTerms) foreach (var term in pair.Value) copy.AddOptionTerm(pair.Key, term);
        foreach (var pair in _notPerson) foreach (var term in pair.Value) copy.AddNotPersonTerm(pair.Key, term);
        foreach (var (role, term) in _personRoles) copy.AddPersonRoleTerm(role, term);
        foreach (var t in GenderedTerms) copy.AddGendered(t);
        foreach (var t in ParentTerms) copy.AddParent(t);
        copy.RealNames.AddRange(RealNames);
        foreach (var word in SettingWords) copy.SettingWords.Add(word);
        copy.Autofill.AddFrom(Autofill);
        return copy;
    }

    private readonly Dictionary<string, List<string>> _optionTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _notPerson = new(StringComparer.Ordinal);

    public void AddConcept(string id, string group, IEnumerable<string> terms, IEnumerable<string> autocomplete, DataCategory? data)
    {
        if (!Concepts.TryGetValue(id, out var concept))
        {
            concept = new ConceptDefinition(id, group);
            Concepts.Add(id, concept);
        }
        if (!string.IsNullOrEmpty(group)) concept.Group = group;
        if (data is not null) concept.Data = data;
        foreach (var term in terms)
        {
            concept.Terms.Add(term);
            ConceptTerms.Add(term, id);
        }
        foreach (var token in autocomplete)
        {
            concept.Autocomplete.Add(token);
            if (!AutocompleteConcepts.ContainsKey(token)) AutocompleteConcepts[token] = id;
        }
    }

    public void AddOptionTerm(string meaning, string term)
    {
        if (!_optionTerms.TryGetValue(meaning, out var list)) _optionTerms[meaning] = list = new List<string>();
        list.Add(term);
        OptionMeanings.Add(term, meaning);
    }

    public void AddNotPersonTerm(string category, string term)
    {
        if (!_notPerson.TryGetValue(category, out var list)) _notPerson[category] = list = new List<string>();
        list.Add(term);
        NotPersonTerms.Add(term, category);
    }

    public void AddPersonRoleTerm(string role, string term)
    {
        _personRoles.Add((role, term));
        PersonRoleTerms.Add(term, role);
    }

    public void AddGendered(TermAlternative term)
    {
        GenderedTerms.Add(term);
        GenderedIndex.Add(term.Term, (GenderedTerms.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void AddParent(TermAlternative term)
    {
        ParentTerms.Add(term);
        ParentIndex.Add(term.Term, (ParentTerms.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void AddRealNames(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            RealNames.Add(line);
        }
    }

    /// <summary>Adds whatever sections a vocabulary YAML document has (built-in files and config use the same shapes).</summary>
    public void AddYaml(string text, string path)
    {
        var root = YamlDoc.Parse(text, path);
        if (root is null) return;
        AddYaml(YamlDoc.Mapping(root, path, "a vocabulary file"), path);
    }

    public void AddYaml(YamlMappingNode root, string path)
    {
        foreach (var entry in root.Children)
        {
            var section = (entry.Key as YamlScalarNode)?.Value;
            switch (section)
            {
                case "concepts":
                    foreach (var c in YamlDoc.Mapping(entry.Value, path, "concepts").Children) ReadConcept(c.Key, c.Value, path);
                    break;
                case "meanings":
                    foreach (var m in YamlDoc.Mapping(entry.Value, path, "meanings").Children)
                    {
                        var id = ScalarKey(m.Key, path);
                        foreach (var term in LanguageTerms(m.Value, path, "meaning " + id)) AddOptionTerm(id, term);
                    }
                    break;
                case "notPerson":
                    foreach (var m in YamlDoc.Mapping(entry.Value, path, "notPerson").Children)
                    {
                        var id = ScalarKey(m.Key, path);
                        foreach (var term in LanguageTerms(m.Value, path, "subject " + id)) AddNotPersonTerm(id, term);
                    }
                    break;
                case "person":
                    foreach (var m in YamlDoc.Mapping(entry.Value, path, "person").Children)
                    {
                        var id = ScalarKey(m.Key, path);
                        foreach (var term in LanguageTerms(m.Value, path, "person " + id)) AddPersonRoleTerm(id, term);
                    }
                    break;
                case "gendered":
                    foreach (var t in ReadAlternatives(entry.Value, path)) AddGendered(t);
                    break;
                case "parents":
                    foreach (var t in ReadAlternatives(entry.Value, path)) AddParent(t);
                    break;
                case "realNames":
                    foreach (var name in YamlDoc.Strings(entry.Value, path, "realNames")) RealNames.Add(name);
                    break;
                case "settings":
                    foreach (var word in YamlDoc.Strings(entry.Value, path, "settings")) SettingWords.Add(word.Trim().ToLowerInvariant());
                    break;
                case "autofill":
                    Autofill.AddYaml(YamlDoc.Mapping(entry.Value, path, "autofill"), path);
                    break;
                default:
                    throw YamlDoc.Problem(entry.Key, path, $"unknown vocabulary section '{section}' (expected concepts, meanings, notPerson, settings, gendered, parents, realNames or autofill)");
            }
        }
    }

    private static string ScalarKey(YamlNode key, string path)
    {
        var value = (key as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(value)) throw YamlDoc.Problem(key, path, "expected a name");
        return value!;
    }

    private void ReadConcept(YamlNode key, YamlNode value, string path)
    {
        var id = ScalarKey(key, path);
        var map = YamlDoc.Mapping(value, path, "concept " + id);
        var group = YamlDoc.String(map, "group", path) ?? (Concepts.TryGetValue(id, out var existing) ? existing.Group : "minimisation");
        var terms = LanguageTerms(YamlDoc.Child(map, "terms"), path, "terms of " + id);
        var autocomplete = YamlDoc.Strings(YamlDoc.Child(map, "autocomplete"), path, "autocomplete of " + id);
        var notFromNames = YamlDoc.Strings(YamlDoc.Child(map, "notFromNames"), path, "notFromNames of " + id);
        DataCategory? data = null;
        if (YamlDoc.Child(map, "data") is { } dataNode)
        {
            var d = YamlDoc.Mapping(dataNode, path, "data of " + id);
            var rule = YamlDoc.String(d, "rule", path) ?? "EL3006";
            Severity? severity = null;
            if (YamlDoc.String(d, "severity", path) is { } severityText)
            {
                if (!SeverityNames.TryParse(severityText, out var parsed) || parsed == Model.Severity.Off)
                {
                    throw YamlDoc.Problem(YamlDoc.Child(d, "severity"), path, $"data.severity of {id} must be info, warning or error, not '{severityText}'");
                }
                severity = parsed;
            }
            data = new DataCategory(rule, YamlDoc.String(d, "legalBasis", path) ?? "", YamlDoc.String(d, "title", path) ?? id.Replace('-', ' '), severity);
        }
        AddConcept(id, group, terms, autocomplete, data);
        foreach (var term in notFromNames) Concepts[id].NotFromNames.Add(term.Trim().ToLowerInvariant());
    }

    /// <summary>Terms given per language (<c>en: [...]</c>) or as one plain list.</summary>
    private static List<string> LanguageTerms(YamlNode? node, string path, string what)
    {
        if (node is YamlMappingNode byLanguage)
        {
            var all = new List<string>();
            foreach (var lang in byLanguage.Children) all.AddRange(YamlDoc.Strings(lang.Value, path, what));
            return all;
        }
        return YamlDoc.Strings(node, path, what);
    }

    private static IEnumerable<TermAlternative> ReadAlternatives(YamlNode node, string path)
    {
        if (node is not YamlSequenceNode seq) throw YamlDoc.Problem(node, path, "expected a list of terms");
        foreach (var item in seq.Children)
        {
            var map = YamlDoc.Mapping(item, path, "a term");
            yield return new TermAlternative(
                YamlDoc.RequiredString(map, "term", path, "a term"),
                YamlDoc.Strings(YamlDoc.Child(map, "alternatives"), path, "alternatives"),
                YamlDoc.String(map, "lang", path) ?? "en");
        }
    }

    /// <summary>Every meaning an answer label can have ("Frau": female, ms), or none.</summary>
    public IReadOnlyList<string> MeaningsOf(string? label)
    {
        var words = Words.OfText(label);
        var all = OptionMeanings.AllKeysOfWhole(words);
        if (all.Count > 0 || label is null) return all;
        var cut = label.IndexOfAny(new[] { '(', '[', ',', ':' });
        return cut > 0 ? OptionMeanings.AllKeysOfWhole(Words.OfText(label.Substring(0, cut))) : all;
    }

    /// <summary>The meaning of an answer label, or null ("Prefer not to say" → prefer-not-to-say).</summary>
    public string? MeaningOf(string? label)
    {
        var words = Words.OfText(label);
        // "Male (he/him)" style labels: whole label first, then the part before a bracket.
        if (OptionMeanings.TryGetWhole(words, out var meaning)) return meaning;
        if (label is not null)
        {
            var cut = label.IndexOfAny(new[] { '(', '[', ',', ':' });
            if (cut > 0 && OptionMeanings.TryGetWhole(Words.OfText(label.Substring(0, cut)), out meaning)) return meaning;
        }
        return null;
    }

    public IEnumerable<string> ConceptIdsWithRule(string ruleId) =>
        Concepts.Values.Where(c => c.Data?.RuleId == ruleId).Select(c => c.Id).OrderBy(i => i, StringComparer.Ordinal);
}
