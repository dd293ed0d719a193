using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Vocabularies;
using EmpathyLint.Yaml;

namespace EmpathyLint.Personas;

/// <summary>The people walked through the forms, in a stable order (built-in by file name, then the config's additions).</summary>
public sealed class PersonaSet
{
    private static readonly Lazy<PersonaSet> BuiltIn = new(LoadEmbedded);
    private readonly List<Persona> _people = new();

    public static PersonaSet Default => BuiltIn.Value;

    public IReadOnlyList<Persona> People => _people;

    public Persona? Find(string id) => _people.FirstOrDefault(p => p.Id == id);

    public PersonaSet Clone()
    {
        var copy = new PersonaSet();
        copy._people.AddRange(_people);
        return copy;
    }

    /// <summary>Adds a person, or replaces the one with the same id where it stands.</summary>
    public void Put(Persona persona)
    {
        var index = _people.FindIndex(p => p.Id == persona.Id);
        if (index >= 0) _people[index] = persona;
        else _people.Add(persona);
    }

    public void Remove(string id) => _people.RemoveAll(p => p.Id == id);

    /// <summary>The shipped people; a broken file is a build defect, so it throws with the file and line.</summary>
    private static PersonaSet LoadEmbedded()
    {
        var set = new PersonaSet();
        foreach (var (name, text) in EmbeddedRules.Enumerate("rules/personas/"))
        {
            if (!name.EndsWith(".yaml", StringComparison.Ordinal)) continue;
            var root = YamlDoc.Parse(text, name) ?? throw new YamlProblem(name, 1, 1, "empty persona file");
            var problems = new List<YamlProblem>();
            var persona = PersonaReader.Read(root, name, Vocabulary.Default, problems, out _);
            if (problems.Count > 0) throw problems[0];
            if (persona is not null) set.Put(persona);
        }
        return set;
    }
}
