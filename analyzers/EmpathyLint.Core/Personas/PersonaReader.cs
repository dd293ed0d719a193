using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using EmpathyLint.Vocabularies;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Personas;

/// <summary>
/// Reads one persona mapping (a file in <c>rules/personas</c> or an entry under <c>personas:</c> in the config).
/// Every mistake is a <see cref="YamlProblem"/> at the key or value that is wrong, so the config loader reports it as EL0002.
/// </summary>
public static class PersonaReader
{
    public static readonly IReadOnlyList<string> Keys = new[]
    {
        "id", "name", "story", "givenName", "familyName", "middleName", "fullName", "title", "gender", "transgender",
        "pronouns", "age", "withholds", "lacks", "email", "phone", "enabled",
    };

    private static readonly Regex IdShape = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The persona, or null when the entry says <c>enabled: false</c> (then <paramref name="id"/> still names whom to leave out).
    /// Problems that do not stop reading are added to <paramref name="problems"/>; a missing id or name throws.
    /// </summary>
    public static Persona? Read(YamlNode node, string path, Vocabulary vocabulary, List<YamlProblem> problems, out string id)
    {
        var map = node as YamlMappingNode ?? throw YamlDoc.Problem(node, path, "a persona must be a mapping with 'id', 'name' and facts such as givenName, gender, age (see rules/personas/README.md)");
        foreach (var entry in map.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key)) problems.Add(YamlDoc.Problem(entry.Key, path, $"unknown key '{key}' in a persona{Configuration.Suggestions.DidYouMean(key, Keys)}; allowed keys: {string.Join(", ", Keys)}"));
        }
        id = YamlDoc.RequiredString(map, "id", path, "a persona").Trim();
        if (!IdShape.IsMatch(id)) problems.Add(YamlDoc.Problem(YamlDoc.Child(map, "id"), path, $"persona id '{id}' must be lower-case letters and digits joined by hyphens, such as 'non-binary'"));
        if (YamlDoc.Bool(map, "enabled", path) == false) return null;
        var name = YamlDoc.RequiredString(map, "name", path, $"persona '{id}'").Trim();

        var persona = new Persona(id, name)
        {
            Story = YamlDoc.String(map, "story", path)?.Trim() ?? "",
            GivenName = Text(map, "givenName", path),
            FamilyName = Text(map, "familyName", path),
            MiddleName = Text(map, "middleName", path),
            FullNameOverride = Text(map, "fullName", path),
            Email = Text(map, "email", path),
            Phone = Text(map, "phone", path),
            Transgender = YamlDoc.Bool(map, "transgender", path) ?? false,
            SourcePath = path,
            SourceLine = (int)map.Start.Line,
        };
        if (persona.GivenName is null && persona.FullNameOverride is null) problems.Add(YamlDoc.Problem(map, path, $"persona '{id}' needs 'givenName' or 'fullName': the walk runs name patterns on the person's real name"));
        persona.Title = Meaning(map, "title", path, vocabulary, problems, id);
        persona.Gender = Meaning(map, "gender", path, vocabulary, problems, id);
        persona.Pronouns = Meaning(map, "pronouns", path, vocabulary, problems, id);
        if (YamlDoc.Child(map, "age") is { } ageNode)
        {
            var age = YamlDoc.Int(ageNode, path, $"the age of persona '{id}'");
            if (age is < 0 or > 130) problems.Add(YamlDoc.Problem(ageNode, path, $"the age of persona '{id}' must be between 0 and 130 years, not {age.Value.ToString(CultureInfo.InvariantCulture)}"));
            persona.Age = age;
        }
        persona.Withholds.AddRange(Concepts(map, "withholds", path, vocabulary, problems, id));
        persona.Lacks.AddRange(Concepts(map, "lacks", path, vocabulary, problems, id));
        return persona;
    }

    private static string? Text(YamlMappingNode map, string key, string path)
    {
        var value = YamlDoc.String(map, key, path);
        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    private static string? Meaning(YamlMappingNode map, string key, string path, Vocabulary vocabulary, List<YamlProblem> problems, string id)
    {
        var value = Text(map, key, path);
        if (value is null) return null;
        var known = vocabulary.OptionMeaningIds;
        if (known.Contains(value)) return value;
        problems.Add(YamlDoc.Problem(YamlDoc.Child(map, key), path, $"the {key} of persona '{id}' is '{value}', not an option meaning{Configuration.Suggestions.DidYouMean(value, known)}; meanings are listed in rules/vocabulary/options.yaml"));
        return null;
    }

    private static IEnumerable<string> Concepts(YamlMappingNode map, string key, string path, Vocabulary vocabulary, List<YamlProblem> problems, string id)
    {
        var node = YamlDoc.Child(map, key);
        foreach (var concept in YamlDoc.Strings(node, path, $"'{key}' of persona '{id}'"))
        {
            if (vocabulary.Concepts.ContainsKey(concept))
            {
                yield return concept;
                continue;
            }
            problems.Add(YamlDoc.Problem(node, path, $"'{key}' of persona '{id}' names the unknown concept '{concept}'{Configuration.Suggestions.DidYouMean(concept, vocabulary.Concepts.Keys)}; concepts are listed in rules/vocabulary/concepts.yaml"));
        }
    }
}
