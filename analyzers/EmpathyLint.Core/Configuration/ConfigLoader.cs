using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EmpathyLint.Catalog;
using EmpathyLint.Extraction;
using EmpathyLint.Model;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Configuration;

/// <summary>
/// Reads <c>empathylint.yaml</c> and the presets it extends into a <see cref="LintConfiguration"/>.
/// Parsing uses YamlDotNet's node model only (no reflection), and every mistake becomes a
/// <see cref="ConfigProblem"/> with file, line and column: a bad config is never silently replaced by defaults.
/// </summary>
public static class ConfigLoader
{
    /// <summary>File names looked for, in this order, in each folder from the scanned path up.</summary>
    public static readonly IReadOnlyList<string> FileNames = new[] { "empathylint.yaml", ".empathylint.yaml", "empathylint.yml" };

    public static readonly IReadOnlyList<string> PresetNames = new[] { "minimal", "recommended", "strict", "clinical", "equality-monitoring" };

    public static readonly IReadOnlyList<string> TopLevelKeys = new[] { "extends", "rules", "minimumSeverity", "vocabulary", "purposes", "components", "ignores" };

    public static readonly IReadOnlyList<string> SeverityValues = new[] { "off", "info", "warning", "error", "default" };

    /// <summary>Component kinds a <c>components</c> entry may name, and the field kind each becomes.</summary>
    public static readonly IReadOnlyDictionary<string, FieldKind> ComponentKinds = new Dictionary<string, FieldKind>(StringComparer.Ordinal)
    {
        ["text"] = FieldKind.Text,
        ["email"] = FieldKind.Email,
        ["tel"] = FieldKind.Tel,
        ["number"] = FieldKind.Number,
        ["date"] = FieldKind.Date,
        ["textarea"] = FieldKind.TextArea,
        ["select"] = FieldKind.Select,
        ["radio-group"] = FieldKind.RadioGroup,
        ["checkbox-group"] = FieldKind.CheckboxGroup,
        ["checkbox"] = FieldKind.Checkbox,
        ["file"] = FieldKind.File,
    };

    internal static readonly string[] RuleEntryKeys = { "severity", "options" };
    internal static readonly string[] PurposeKeys = { "field", "concept", "purpose", "paths" };
    internal static readonly string[] ComponentKeys = { "kind", "option", "value", "text", "label", "items" };
    internal static readonly string[] VocabularySections = { "concepts", "meanings", "notPerson", "gendered", "parents", "realNames" };
    internal static readonly string[] ConceptKeys = { "group", "terms", "autocomplete", "notFromNames", "data" };
    internal static readonly string[] DataKeys = { "rule", "legalBasis", "title", "severity" };

    /// <summary>Applies config text whose location is <paramref name="path"/> (relative extends and paths resolve from its folder).</summary>
    /// <param name="files">Where <c>extends</c> targets are read from; none when omitted.</param>
    public static ConfigLoadResult Parse(string text, string path, RuleCatalog? catalog = null, Vocabularies.Vocabulary? vocabulary = null, ConfigFiles? files = null)
    {
        var configuration = new LintConfiguration(catalog ?? RuleCatalog.Default, vocabulary ?? Vocabularies.Vocabulary.Default)
        {
            SourcePath = path,
            BaseDirectory = DirectoryOf(path),
        };
        var loader = new Loader(configuration, files ?? ConfigFiles.None);
        loader.ApplyText(text, path, FileKey(path), isPreset: false);
        return new ConfigLoadResult(configuration, InFileOrder(loader.Problems), path);
    }

    /// <summary>A built-in preset on its own, as <c>extends: name</c> would give it.</summary>
    public static ConfigLoadResult Preset(string name, RuleCatalog? catalog = null)
    {
        var configuration = new LintConfiguration(catalog ?? RuleCatalog.Default, Vocabularies.Vocabulary.Default);
        var loader = new Loader(configuration, ConfigFiles.None);
        loader.ApplyText(PresetText(name), PresetPath(name), "preset:" + name, isPreset: true);
        return new ConfigLoadResult(configuration, loader.Problems, null);
    }

    /// <summary>Problems file by file (in the order the files were read), each file's from top to bottom.</summary>
    private static List<ConfigProblem> InFileOrder(List<ConfigProblem> problems)
    {
        var files = problems.Select(p => p.Path).Distinct().ToList();
        return problems
            .Select((problem, index) => (problem, index))
            .OrderBy(p => files.IndexOf(p.problem.Path))
            .ThenBy(p => p.problem.Line)
            .ThenBy(p => p.problem.Column)
            .ThenBy(p => p.index)
            .Select(p => p.problem)
            .ToList();
    }

    public static string PresetPath(string name) => "rules/presets/" + name + ".yaml";

    public static string PresetText(string name) => EmbeddedRules.Read(PresetPath(name));

    private static string FileKey(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static string DirectoryOf(string path)
    {
        var full = FileKey(path);
        return Path.GetDirectoryName(full) ?? "";
    }

    /// <summary>Applies files in order onto one configuration: extended files first, then the file itself, so later wins.</summary>
    private sealed class Loader
    {
        private readonly LintConfiguration _configuration;
        private readonly ConfigFiles _files;
        private readonly List<(string Key, string Display)> _chain = new();
        private bool _ownVocabulary;
        private bool _ownComponents;

        public Loader(LintConfiguration configuration, ConfigFiles files)
        {
            _configuration = configuration;
            _files = files;
        }

        public List<ConfigProblem> Problems { get; } = new();

        private RuleCatalog Catalog => _configuration.Catalog;

        public void ApplyText(string text, string path, string key, bool isPreset)
        {
            YamlNode? root;
            try
            {
                root = YamlDoc.Parse(text, path);
            }
            catch (YamlProblem problem)
            {
                Add(problem);
                return;
            }
            if (root is null) return;
            if (root is YamlScalarNode scalar && string.IsNullOrEmpty(scalar.Value)) return;
            if (root is not YamlMappingNode map)
            {
                Report(root, path, "the config must be a mapping with keys " + string.Join(", ", TopLevelKeys));
                return;
            }
            _chain.Add((key, isPreset ? key.Substring("preset:".Length) : Path.GetFileName(path)));
            try
            {
                foreach (var entry in map.Children)
                {
                    var name = (entry.Key as YamlScalarNode)?.Value ?? "";
                    if (!TopLevelKeys.Contains(name)) Report(entry.Key, path, UnknownKey(name, TopLevelKeys));
                }
                // Extended files come first whatever the key order, so this file's own settings win.
                if (YamlDoc.Child(map, "extends") is { } extends) Guard(path, () => ApplyExtends(extends, path, isPreset));
                if (YamlDoc.Child(map, "rules") is { } rules) Guard(path, () => ApplyRules(rules, path, isPreset));
                if (YamlDoc.Child(map, "minimumSeverity") is { } minimum) Guard(path, () => ApplyMinimumSeverity(minimum, path));
                if (YamlDoc.Child(map, "vocabulary") is { } vocabulary) Guard(path, () => ApplyVocabulary(vocabulary, path));
                if (YamlDoc.Child(map, "purposes") is { } purposes) Guard(path, () => ApplyPurposes(purposes, path));
                if (YamlDoc.Child(map, "components") is { } components) Guard(path, () => ApplyComponents(components, path));
                if (YamlDoc.Child(map, "ignores") is { } ignores) Guard(path, () => _configuration.Ignores.AddRange(YamlDoc.Strings(ignores, path, "'ignores'")));
            }
            finally
            {
                _chain.RemoveAt(_chain.Count - 1);
            }
        }

        private void Guard(string path, Action action)
        {
            try
            {
                action();
            }
            catch (YamlProblem problem)
            {
                Add(problem);
            }
        }

        private void Add(YamlProblem problem) => Problems.Add(new ConfigProblem(problem.Path, problem.Line, problem.Column, problem.Reason));

        private void Report(YamlNode? node, string path, string message)
        {
            var problem = YamlDoc.Problem(node, path, message);
            Add(problem);
        }

        private static string UnknownKey(string name, IEnumerable<string> allowed) =>
            $"unknown key '{name}'{Suggestions.DidYouMean(name, allowed)}; allowed keys: {string.Join(", ", allowed)}";

        private void CheckKeys(YamlMappingNode map, string path, IReadOnlyCollection<string> allowed, string where)
        {
            foreach (var entry in map.Children)
            {
                var name = (entry.Key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(name)) Report(entry.Key, path, $"unknown key '{name}' in {where}{Suggestions.DidYouMean(name, allowed)}; allowed keys: {string.Join(", ", allowed)}");
            }
        }

        // ------------------------------------------------------------------ extends

        private void ApplyExtends(YamlNode node, string path, bool fromPreset)
        {
            var items = node switch
            {
                YamlScalarNode s => new List<YamlNode> { s },
                YamlSequenceNode seq => seq.Children.ToList(),
                _ => throw YamlDoc.Problem(node, path, "'extends' must be a preset name, a relative path, or a list of them"),
            };
            foreach (var item in items)
            {
                if (item is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
                {
                    Report(item, path, "each 'extends' entry must be a preset name or a relative path to a config file");
                    continue;
                }
                var target = scalar.Value!.Trim();
                if (PresetNames.Contains(target))
                {
                    if (!EnterIfNoCycle("preset:" + target, target, item, path)) continue;
                    ApplyText(PresetText(target), PresetPath(target), "preset:" + target, isPreset: true);
                    continue;
                }
                if (!LooksLikePath(target))
                {
                    Report(item, path, $"unknown preset '{target}'{Suggestions.DidYouMean(target, PresetNames)}; built-in presets are {string.Join(", ", PresetNames)}, or give a relative path to a .yaml file");
                    continue;
                }
                if (fromPreset)
                {
                    Report(item, path, "a built-in preset can only extend other presets");
                    continue;
                }
                var resolved = Path.Combine(Path.GetDirectoryName(path) ?? "", target);
                var key = FileKey(resolved);
                if (!_files.TryRead(key, out var text, out var unreadable))
                {
                    Report(item, path, $"'extends' names '{target}', but {unreadable} (looked for {resolved})");
                    continue;
                }
                if (!EnterIfNoCycle(key, Path.GetFileName(resolved), item, path)) continue;
                ApplyText(text, resolved, key, isPreset: false);
            }
        }

        private bool EnterIfNoCycle(string key, string display, YamlNode node, string path)
        {
            var at = _chain.FindIndex(c => string.Equals(c.Key, key, StringComparison.Ordinal));
            if (at < 0) return true;
            var cycle = _chain.Skip(at).Select(c => c.Display).Concat(new[] { display });
            Report(node, path, "'extends' makes a cycle: " + string.Join(" → ", cycle));
            return false;
        }

        private static bool LooksLikePath(string value) =>
            value.IndexOf('/') >= 0 || value.IndexOf('\\') >= 0 || value.StartsWith(".", StringComparison.Ordinal)
            || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        // ------------------------------------------------------------------ rules

        private void ApplyRules(YamlNode node, string path, bool isPreset)
        {
            var map = node as YamlMappingNode ?? throw YamlDoc.Problem(node, path, "'rules' must be a mapping of rule id to severity (off, info, warning, error, default) or to { severity, options }");
            // "*" sets every rule first, so the ids listed beside it win whatever the order.
            foreach (var entry in map.Children.Where(e => (e.Key as YamlScalarNode)?.Value == "*"))
            {
                if (entry.Value is not YamlScalarNode s)
                {
                    Report(entry.Value, path, "'*' takes a severity: off, info, warning, error or default");
                    continue;
                }
                if (!TryParseSeverity(s, path, null, out var severity, out var useDefault)) continue;
                foreach (var rule in Catalog.Rules)
                {
                    if (rule.Id == ConfigProblem.RuleId) continue;
                    _configuration.Severities[rule.Id] = useDefault ? rule.DefaultSeverity : severity;
                }
            }
            foreach (var entry in map.Children)
            {
                var id = (entry.Key as YamlScalarNode)?.Value ?? "";
                if (id == "*") continue;
                var rule = Catalog.Find(id);
                // Built-in presets name rules from the whole rule list; one this build's catalog lacks has nothing to configure.
                if (rule is null && isPreset) continue;
                if (rule is null)
                {
                    Report(entry.Key, path, $"unknown rule id '{id}'{Suggestions.DidYouMean(id, Catalog.Rules.Select(r => r.Id))}; run 'empathylint rules' for the list");
                    continue;
                }
                switch (entry.Value)
                {
                    case YamlScalarNode s:
                        SetSeverity(rule, s, path);
                        break;
                    case YamlMappingNode m:
                        CheckKeys(m, path, RuleEntryKeys, rule.Id);
                        if (YamlDoc.Child(m, "severity") is { } sev)
                        {
                            if (sev is YamlScalarNode ss) SetSeverity(rule, ss, path);
                            else Report(sev, path, $"the severity of {rule.Id} must be off, info, warning, error or default");
                        }
                        if (YamlDoc.Child(m, "options") is { } options) ApplyOptions(rule, options, path);
                        break;
                    default:
                        Report(entry.Value, path, $"{rule.Id} takes a severity (off, info, warning, error, default) or a mapping with 'severity' and 'options'");
                        break;
                }
            }
        }

        private void SetSeverity(RuleDescriptor rule, YamlScalarNode node, string path)
        {
            if (!TryParseSeverity(node, path, rule, out var severity, out var useDefault)) return;
            if (useDefault) severity = rule.DefaultSeverity;
            if (rule.Id == ConfigProblem.RuleId && severity != Severity.Error)
            {
                Report(node, path, $"{ConfigProblem.RuleId} reports problems in the configuration itself and is always an error");
                return;
            }
            _configuration.Severities[rule.Id] = severity;
        }

        private bool TryParseSeverity(YamlScalarNode node, string path, RuleDescriptor? rule, out Severity severity, out bool useDefault)
        {
            var text = node.Value ?? "";
            useDefault = text == "default";
            severity = Severity.Off;
            switch (text)
            {
                case "off": severity = Severity.Off; return true;
                case "info": severity = Severity.Info; return true;
                case "warning": severity = Severity.Warning; return true;
                case "error": severity = Severity.Error; return true;
                case "default": return true;
            }
            var whose = rule is null ? "" : " for " + rule.Id;
            Report(node, path, $"bad severity '{text}'{whose}{Suggestions.DidYouMean(text, SeverityValues)}; expected off, info, warning, error or default");
            return false;
        }

        private void ApplyOptions(RuleDescriptor rule, YamlNode node, string path)
        {
            if (node is not YamlMappingNode map)
            {
                Report(node, path, $"the options of {rule.Id} must be a mapping of option name to value");
                return;
            }
            if (!_configuration.RuleOptions.TryGetValue(rule.Id, out var values))
            {
                values = new Dictionary<string, string>(StringComparer.Ordinal);
                _configuration.RuleOptions[rule.Id] = values;
            }
            foreach (var entry in map.Children)
            {
                var name = (entry.Key as YamlScalarNode)?.Value ?? "";
                var option = rule.Options.FirstOrDefault(o => o.Name == name);
                if (option is null)
                {
                    var known = rule.Options.Select(o => o.Name).ToList();
                    var allowed = known.Count == 0 ? $"{rule.Id} has no options" : $"options of {rule.Id}: {string.Join(", ", known)}";
                    Report(entry.Key, path, $"unknown option '{name}' for {rule.Id}{Suggestions.DidYouMean(name, known)}; {allowed}");
                    continue;
                }
                var value = OptionValue(rule, option, entry.Value, path);
                if (value is not null) values[option.Name] = value;
            }
        }

        private string? OptionValue(RuleDescriptor rule, RuleOption option, YamlNode node, string path)
        {
            var what = $"option '{option.Name}' of {rule.Id}";
            switch (option.Type)
            {
                case "boolean":
                    if (node is YamlScalarNode b && (b.Value == "true" || b.Value == "false")) return b.Value;
                    Report(node, path, $"{what} must be true or false");
                    return null;
                case "integer":
                    if (node is YamlScalarNode n && int.TryParse(n.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number.ToString(CultureInfo.InvariantCulture);
                    Report(node, path, $"{what} must be a whole number");
                    return null;
                case "list":
                    if (node is YamlSequenceNode || node is YamlScalarNode)
                    {
                        var items = YamlDoc.Strings(node, path, what);
                        foreach (var item in items.Where(i => i.IndexOf(',') >= 0)) Report(node, path, $"{what}: list items cannot contain a comma ('{item}')");
                        return string.Join(",", items);
                    }
                    Report(node, path, $"{what} must be a list of text values");
                    return null;
                case "regex":
                    if (node is YamlScalarNode r && r.Value is not null)
                    {
                        if (RegexProblem(r.Value) is { } problem)
                        {
                            Report(node, path, $"{what} is not a valid regular expression: {problem}");
                            return null;
                        }
                        return r.Value;
                    }
                    Report(node, path, $"{what} must be a regular expression written as text");
                    return null;
                default:
                    if (node is YamlScalarNode t) return t.Value ?? "";
                    Report(node, path, $"{what} must be a text value");
                    return null;
            }
        }

        internal static string? RegexProblem(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                return null;
            }
            catch (ArgumentException ex)
            {
                return ex.Message;
            }
        }

        private void ApplyMinimumSeverity(YamlNode node, string path)
        {
            if (node is not YamlScalarNode s || s.Value is not ("info" or "warning" or "error"))
            {
                Report(node, path, "'minimumSeverity' must be info, warning or error");
                return;
            }
            if (!SeverityNames.TryParse(s.Value, out var minimum)) return;
            foreach (var id in _configuration.Severities.Keys.ToList())
            {
                var current = _configuration.Severities[id];
                if (current != Severity.Off && current < minimum) _configuration.Severities[id] = minimum;
            }
        }

        // ------------------------------------------------------------------ vocabulary

        private void ApplyVocabulary(YamlNode node, string path)
        {
            var map = node as YamlMappingNode ?? throw YamlDoc.Problem(node, path, "'vocabulary' must be a mapping with sections " + string.Join(", ", VocabularySections));
            var before = Problems.Count;
            CheckKeys(map, path, VocabularySections, "'vocabulary'");
            if (YamlDoc.Child(map, "concepts") is YamlMappingNode concepts)
            {
                foreach (var concept in concepts.Children)
                {
                    if (concept.Value is not YamlMappingNode body) continue;
                    var id = (concept.Key as YamlScalarNode)?.Value ?? "";
                    CheckKeys(body, path, ConceptKeys, $"concept '{id}'");
                    if (YamlDoc.Child(body, "data") is YamlMappingNode data)
                    {
                        CheckKeys(data, path, DataKeys, $"the data of concept '{id}'");
                        if (YamlDoc.Child(data, "rule") is YamlScalarNode rule && Catalog.Find(rule.Value ?? "") is null)
                        {
                            Report(rule, path, $"unknown rule id '{rule.Value}' for the data category '{id}'{Suggestions.DidYouMean(rule.Value ?? "", Catalog.Rules.Select(r => r.Id))}");
                        }
                    }
                }
            }
            if (Problems.Count > before) return;
            if (!_ownVocabulary)
            {
                _configuration.Vocabulary = _configuration.Vocabulary.Clone();
                _ownVocabulary = true;
            }
            _configuration.Vocabulary.AddYaml(map, path);
        }

        // ------------------------------------------------------------------ purposes

        private void ApplyPurposes(YamlNode node, string path)
        {
            var list = node as YamlSequenceNode ?? throw YamlDoc.Problem(node, path, "'purposes' must be a list of { field or concept, purpose, paths }");
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    Report(item, path, "each purpose must be a mapping with 'field' or 'concept', 'purpose' and optional 'paths'");
                    continue;
                }
                var before = Problems.Count;
                CheckKeys(map, path, PurposeKeys, "a purpose");
                var field = YamlDoc.String(map, "field", path);
                var concept = YamlDoc.String(map, "concept", path);
                var purpose = YamlDoc.String(map, "purpose", path);
                if (string.IsNullOrWhiteSpace(purpose)) Report(map, path, "a purpose needs 'purpose': the reason the data is collected, in plain words");
                if (string.IsNullOrWhiteSpace(field) && string.IsNullOrWhiteSpace(concept)) Report(map, path, "a purpose needs 'field' (a field name or model member) or 'concept' (such as date-of-birth)");
                if (!string.IsNullOrWhiteSpace(concept) && !_configuration.Vocabulary.Concepts.ContainsKey(concept!))
                {
                    Report(YamlDoc.Child(map, "concept"), path, $"unknown concept '{concept}'{Suggestions.DidYouMean(concept!, _configuration.Vocabulary.Concepts.Keys)}; concepts are listed in rules/vocabulary/concepts.yaml or added under vocabulary.concepts");
                }
                var paths = YamlDoc.Strings(YamlDoc.Child(map, "paths"), path, "'paths'");
                if (Problems.Count > before) continue;
                var declared = new DeclaredPurpose(purpose!.Trim())
                {
                    Field = string.IsNullOrWhiteSpace(field) ? null : field!.Trim(),
                    Concept = string.IsNullOrWhiteSpace(concept) ? null : concept!.Trim(),
                    BaseDirectory = _configuration.BaseDirectory,
                };
                declared.Paths.AddRange(paths);
                _configuration.Purposes.Add(declared);
            }
        }

        // ------------------------------------------------------------------ components

        private void ApplyComponents(YamlNode node, string path)
        {
            var map = node as YamlMappingNode ?? throw YamlDoc.Problem(node, path, "'components' must be a mapping of component name to { kind, option, value, text, label, items }");
            foreach (var entry in map.Children)
            {
                var name = (entry.Key as YamlScalarNode)?.Value ?? "";
                if (entry.Value is not YamlMappingNode body)
                {
                    Report(entry.Value, path, $"component '{name}' must be a mapping such as {{ kind: select, option: {name}Item, value: Value }}");
                    continue;
                }
                var before = Problems.Count;
                CheckKeys(body, path, ComponentKeys, $"component '{name}'");
                var kindText = YamlDoc.String(body, "kind", path);
                FieldKind kind = FieldKind.Text;
                if (kindText is null) Report(body, path, $"component '{name}' needs 'kind' ({string.Join(", ", ComponentKinds.Keys)})");
                else if (!ComponentKinds.TryGetValue(kindText, out kind)) Report(YamlDoc.Child(body, "kind"), path, $"unknown component kind '{kindText}'{Suggestions.DidYouMean(kindText, ComponentKinds.Keys)}; expected {string.Join(", ", ComponentKinds.Keys)}");
                var option = YamlDoc.String(body, "option", path);
                var value = YamlDoc.String(body, "value", path) ?? "value";
                var text = YamlDoc.String(body, "text", path);
                var label = YamlDoc.String(body, "label", path);
                var items = YamlDoc.String(body, "items", path);
                if (Problems.Count > before) continue;
                if (!_ownComponents)
                {
                    _configuration.Components = _configuration.Components.Clone();
                    _ownComponents = true;
                }
                _configuration.Components.Add(name, new ComponentBinding(kind, option, value, text, label, items));
            }
        }
    }
}
