using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using EmpathyLint.Model;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Catalog;

/// <summary>The rule catalog, read once from the YAML files embedded from <c>rules/catalog</c>.</summary>
public sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> BuiltIn = new(() => LoadEmbedded());
    private readonly Dictionary<string, RuleDescriptor> _byId;

    public RuleCatalog(IEnumerable<RuleDescriptor> rules)
    {
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        _byId = Rules.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
    }

    public static RuleCatalog Default => BuiltIn.Value;

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public RuleDescriptor? Find(string id) => _byId.TryGetValue(id, out var rule) ? rule : null;

    public RuleDescriptor this[string id] => Find(id) ?? throw new KeyNotFoundException("No rule " + id + " in the catalog.");

    private static RuleCatalog LoadEmbedded()
    {
        var rules = new List<RuleDescriptor>();
        foreach (var (name, text) in EmbeddedRules.Enumerate("rules/catalog/"))
        {
            rules.Add(Parse(text, name));
        }
        return new RuleCatalog(rules);
    }

    public static RuleDescriptor Parse(string text, string path)
    {
        var root = YamlDoc.Mapping(YamlDoc.Parse(text, path), path, "a rule entry");
        var rule = new RuleDescriptor
        {
            Id = YamlDoc.RequiredString(root, "id", path, "a rule"),
            Slug = YamlDoc.RequiredString(root, "slug", path, "a rule"),
            Title = YamlDoc.RequiredString(root, "title", path, "a rule"),
            Message = YamlDoc.RequiredString(root, "message", path, "a rule"),
            Category = YamlDoc.RequiredString(root, "category", path, "a rule"),
            Rationale = YamlDoc.String(root, "rationale", path)?.Trim() ?? "",
            ReviewMessage = YamlDoc.String(root, "reviewMessage", path),
            NeedsReview = string.Equals(YamlDoc.String(root, "tier", path), "review", StringComparison.OrdinalIgnoreCase),
        };
        var severityText = YamlDoc.RequiredString(root, "severity", path, "a rule");
        if (!SeverityNames.TryParse(severityText, out var severity))
        {
            throw YamlDoc.Problem(YamlDoc.Child(root, "severity"), path, $"unknown severity '{severityText}'");
        }
        rule.DefaultSeverity = severity;
        rule.Engines.AddRange(YamlDoc.Strings(YamlDoc.Child(root, "engines"), path, "engines"));
        rule.Covers.AddRange(YamlDoc.Strings(YamlDoc.Child(root, "covers"), path, "covers"));

        if (YamlDoc.Child(root, "options") is YamlSequenceNode options)
        {
            foreach (var node in options.Children)
            {
                var map = YamlDoc.Mapping(node, path, "an option");
                rule.Options.Add(new RuleOption
                {
                    Name = YamlDoc.RequiredString(map, "name", path, "an option"),
                    Type = YamlDoc.String(map, "type", path) ?? "string",
                    Default = YamlDoc.String(map, "default", path) ?? "",
                    Description = YamlDoc.String(map, "description", path) ?? "",
                });
            }
        }
        if (YamlDoc.Child(root, "sources") is YamlSequenceNode sources)
        {
            foreach (var node in sources.Children)
            {
                var map = YamlDoc.Mapping(node, path, "a source");
                rule.Sources.Add(new RuleSource
                {
                    Title = YamlDoc.RequiredString(map, "title", path, "a source"),
                    Url = YamlDoc.String(map, "url", path) ?? "",
                    Says = YamlDoc.String(map, "says", path)?.Trim() ?? "",
                });
            }
        }
        if (YamlDoc.Child(root, "examples") is YamlMappingNode examples)
        {
            ReadExamples(YamlDoc.Child(examples, "incorrect"), rule.Incorrect, path);
            ReadExamples(YamlDoc.Child(examples, "correct"), rule.Correct, path);
        }
        return rule;
    }

    private static void ReadExamples(YamlNode? node, List<RuleExample> into, string path)
    {
        if (node is not YamlSequenceNode seq) return;
        foreach (var item in seq.Children)
        {
            var map = YamlDoc.Mapping(item, path, "an example");
            into.Add(new RuleExample
            {
                Language = YamlDoc.String(map, "language", path) ?? "html",
                Code = YamlDoc.RequiredString(map, "code", path, "an example"),
                Note = YamlDoc.String(map, "note", path),
            });
        }
    }
}

internal static class EmbeddedRules
{
    /// <summary>Embedded data files under a prefix, ordered by name so loading is deterministic.</summary>
    public static IEnumerable<(string Name, string Text)> Enumerate(string prefix)
    {
        var assembly = typeof(EmbeddedRules).GetTypeInfo().Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            yield return (name, Read(name));
        }
    }

    public static string Read(string name)
    {
        var assembly = typeof(EmbeddedRules).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("Missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
