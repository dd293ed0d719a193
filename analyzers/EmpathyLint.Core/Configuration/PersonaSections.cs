using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Journeys;
using EmpathyLint.Personas;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Configuration;

/// <summary>The <c>personas:</c> and <c>journeys:</c> sections of <c>empathylint.yaml</c>, read apart from the rule settings.</summary>
public static class PersonaSections
{
    /// <summary>A list of persona entries: a new id adds a person, a built-in id replaces them, <c>enabled: false</c> leaves them out.</summary>
    public static void ApplyPersonas(YamlNode node, string path, LintConfiguration configuration, List<YamlProblem> problems)
    {
        var list = node as YamlSequenceNode ?? throw YamlDoc.Problem(node, path, "'personas' must be a list of people, each a mapping with 'id', 'name' and facts (see rules/personas/README.md)");
        if (ReferenceEquals(configuration.Personas, PersonaSet.Default)) configuration.Personas = PersonaSet.Default.Clone();
        var seen = new HashSet<string>();
        foreach (var item in list.Children)
        {
            Persona? persona;
            string id;
            var before = problems.Count;
            try
            {
                persona = PersonaReader.Read(item, path, configuration.Vocabulary, problems, out id);
            }
            catch (YamlProblem problem)
            {
                problems.Add(problem);
                continue;
            }
            if (!seen.Add(id)) problems.Add(YamlDoc.Problem(item, path, $"persona '{id}' is listed twice"));
            if (problems.Count > before) continue;
            if (persona is null) configuration.Personas.Remove(id);
            else configuration.Personas.Put(persona);
        }
    }

    /// <summary>A mapping of journey name to its ordered steps (files, globs or routes starting with '/').</summary>
    public static void ApplyJourneys(YamlNode node, string path, LintConfiguration configuration, List<YamlProblem> problems)
    {
        var map = node as YamlMappingNode ?? throw YamlDoc.Problem(node, path, "'journeys' must be a mapping of journey name to a list of steps (files, globs or Razor page routes such as /account/register)");
        foreach (var entry in map.Children)
        {
            var name = (entry.Key as YamlScalarNode)?.Value ?? "";
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(YamlDoc.Problem(entry.Key, path, "a journey needs a name"));
                continue;
            }
            if (entry.Value is not YamlSequenceNode steps || steps.Children.Count == 0)
            {
                problems.Add(YamlDoc.Problem(entry.Value, path, $"journey '{name}' must be a non-empty list of steps (files, globs or routes)"));
                continue;
            }
            var journey = new Journey(name) { BaseDirectory = configuration.BaseDirectory };
            foreach (var step in steps.Children)
            {
                if (step is YamlScalarNode { Value: { } target } && !string.IsNullOrWhiteSpace(target))
                {
                    journey.Steps.Add(new JourneyStep(target.Trim(), (int)step.Start.Line));
                    continue;
                }
                problems.Add(YamlDoc.Problem(step, path, $"each step of journey '{name}' must be a file, a glob or a route such as /checkout/address"));
            }
            configuration.Journeys.RemoveAll(j => j.Name == name);
            if (journey.Steps.Count == steps.Children.Count) configuration.Journeys.Add(journey);
        }
    }
}
