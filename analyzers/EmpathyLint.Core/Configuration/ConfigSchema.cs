using System.Collections.Generic;
using System.Linq;
using System.Text;
using EmpathyLint.Catalog;

namespace EmpathyLint.Configuration;

/// <summary>
/// Generates <c>rules/schema/empathylint.schema.json</c> (JSON Schema draft 2020-12) from the catalog, so editors
/// complete rule ids and options; a test fails when the committed schema drifts from the catalog.
/// </summary>
public static class ConfigSchema
{
    public const string Id = "https://github.com/empathylint/empathylint/blob/main/rules/schema/empathylint.schema.json";

    public static string Generate(RuleCatalog catalog)
    {
        var ruleIds = catalog.Rules.Select(r => r.Id).ToList();
        var rules = new JsonObject();
        foreach (var rule in catalog.Rules)
        {
            var options = new JsonObject();
            foreach (var option in rule.Options) options.Add(option.Name, OptionSchema(option));
            rules.Add(rule.Id, new JsonObject()
                .Add("description", Str(rule.Title))
                .Add("oneOf", Arr(
                    Ref("severity"),
                    new JsonObject()
                        .Add("type", Str("object"))
                        .Add("properties", new JsonObject()
                            .Add("severity", Ref("severity"))
                            .Add("options", new JsonObject()
                                .Add("type", Str("object"))
                                .Add("properties", options)
                                .Add("additionalProperties", Raw("false"))))
                        .Add("additionalProperties", Raw("false")))));
        }
        rules.Add("*", new JsonObject().Add("description", Str("Every rule at once, applied before the ids listed beside it.")).Add("$ref", Str("#/$defs/severity")));

        var languageTerms = new JsonObject()
            .Add("description", Str("Terms per language (en: [...]) or one plain list."))
            .Add("oneOf", Arr(
                StringList(),
                new JsonObject().Add("type", Str("object")).Add("additionalProperties", StringList())));
        var concept = new JsonObject()
            .Add("type", Str("object"))
            .Add("properties", new JsonObject()
                .Add("group", new JsonObject().Add("type", Str("string")))
                .Add("terms", Ref("languageTerms"))
                .Add("autocomplete", StringList())
                .Add("notFromNames", StringList())
                .Add("data", new JsonObject()
                    .Add("type", Str("object"))
                    .Add("properties", new JsonObject()
                        .Add("rule", Ref("ruleId"))
                        .Add("legalBasis", new JsonObject().Add("type", Str("string")))
                        .Add("title", new JsonObject().Add("type", Str("string")))
                        .Add("severity", new JsonObject().Add("enum", Raw("[\"info\", \"warning\", \"error\"]"))))
                    .Add("additionalProperties", Raw("false"))))
            .Add("additionalProperties", Raw("false"));
        var alternatives = new JsonObject()
            .Add("type", Str("array"))
            .Add("items", new JsonObject()
                .Add("type", Str("object"))
                .Add("required", Arr(Str("term")))
                .Add("properties", new JsonObject()
                    .Add("term", new JsonObject().Add("type", Str("string")))
                    .Add("alternatives", StringList())
                    .Add("lang", new JsonObject().Add("type", Str("string"))))
                .Add("additionalProperties", Raw("false")));

        var root = new JsonObject()
            .Add("$schema", Str("https://json-schema.org/draft/2020-12/schema"))
            .Add("$id", Str(Id))
            .Add("title", Str("EmpathyLint configuration (empathylint.yaml)"))
            .Add("description", Str("Generated from rules/catalog by ConfigSchema; do not edit by hand."))
            .Add("type", Str("object"))
            .Add("additionalProperties", Raw("false"))
            .Add("properties", new JsonObject()
                .Add("extends", new JsonObject()
                    .Add("description", Str("Presets or relative paths to other config files, applied first, in order."))
                    .Add("oneOf", Arr(Ref("extendsEntry"), new JsonObject().Add("type", Str("array")).Add("items", Ref("extendsEntry")))))
                .Add("rules", new JsonObject()
                    .Add("description", Str("Rule id to severity, or to { severity, options }."))
                    .Add("type", Str("object"))
                    .Add("propertyNames", new JsonObject().Add("enum", Arr(ruleIds.Concat(new[] { "*" }).Select(Str).ToArray())))
                    .Add("properties", rules))
                .Add("minimumSeverity", new JsonObject()
                    .Add("description", Str("Every rule that is on reports at least at this severity."))
                    .Add("enum", Arr(Str("info"), Str("warning"), Str("error"))))
                .Add("vocabulary", new JsonObject()
                    .Add("description", Str("Extra words, with the same sections as rules/vocabulary/*.yaml."))
                    .Add("type", Str("object"))
                    .Add("properties", new JsonObject()
                        .Add("concepts", new JsonObject().Add("type", Str("object")).Add("additionalProperties", concept))
                        .Add("meanings", new JsonObject().Add("type", Str("object")).Add("additionalProperties", Ref("languageTerms")))
                        .Add("notPerson", new JsonObject().Add("type", Str("object")).Add("additionalProperties", Ref("languageTerms")))
                        .Add("gendered", alternatives)
                        .Add("parents", alternatives)
                        .Add("realNames", StringList()))
                    .Add("additionalProperties", Raw("false")))
                .Add("purposes", new JsonObject()
                    .Add("description", Str("Why data is collected, for a field or a concept, optionally limited to paths."))
                    .Add("type", Str("array"))
                    .Add("items", new JsonObject()
                        .Add("type", Str("object"))
                        .Add("required", Arr(Str("purpose")))
                        .Add("anyOf", Arr(new JsonObject().Add("required", Arr(Str("field"))), new JsonObject().Add("required", Arr(Str("concept")))))
                        .Add("properties", new JsonObject()
                            .Add("field", new JsonObject().Add("type", Str("string")))
                            .Add("concept", new JsonObject().Add("type", Str("string")))
                            .Add("purpose", new JsonObject().Add("type", Str("string")).Add("minLength", Raw("1")))
                            .Add("paths", StringList()))
                        .Add("additionalProperties", Raw("false"))))
                .Add("components", new JsonObject()
                    .Add("description", Str("Razor components that act as form controls."))
                    .Add("type", Str("object"))
                    .Add("additionalProperties", new JsonObject()
                        .Add("type", Str("object"))
                        .Add("required", Arr(Str("kind")))
                        .Add("properties", new JsonObject()
                            .Add("kind", new JsonObject().Add("enum", Arr(ConfigLoader.ComponentKinds.Keys.Select(Str).ToArray())))
                            .Add("option", new JsonObject().Add("type", Str("string")))
                            .Add("value", new JsonObject().Add("type", Str("string")))
                            .Add("text", new JsonObject().Add("type", Str("string")))
                            .Add("label", new JsonObject().Add("type", Str("string")))
                            .Add("items", new JsonObject().Add("type", Str("string"))))
                        .Add("additionalProperties", Raw("false"))))
                .Add("ignores", new JsonObject()
                    .Add("description", Str("Path globs, relative to the project config's folder, that are not scanned."))
                    .Add("type", Str("array"))
                    .Add("items", new JsonObject().Add("type", Str("string")))))
            .Add("$defs", new JsonObject()
                .Add("severity", new JsonObject().Add("enum", Arr(ConfigLoader.SeverityValues.Select(Str).ToArray())))
                .Add("ruleId", new JsonObject().Add("enum", Arr(ruleIds.Select(Str).ToArray())))
                .Add("extendsEntry", new JsonObject()
                    .Add("anyOf", Arr(
                        new JsonObject().Add("enum", Arr(ConfigLoader.PresetNames.Select(Str).ToArray())),
                        new JsonObject().Add("type", Str("string")).Add("pattern", Str("\\.ya?ml$")))))
                .Add("languageTerms", languageTerms));
        var sb = new StringBuilder();
        root.Write(sb, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static JsonObject OptionSchema(RuleOption option)
    {
        var node = new JsonObject().Add("description", Str(option.Description));
        switch (option.Type)
        {
            case "boolean": node.Add("type", Str("boolean")); break;
            case "integer": node.Add("type", Str("integer")); break;
            case "list": node.Add("oneOf", Arr(new JsonObject().Add("type", Str("string")), StringList())); break;
            case "regex": node.Add("type", Str("string")).Add("format", Str("regex")); break;
            default: node.Add("type", Str("string")); break;
        }
        return node;
    }

    private static JsonObject StringList() => new JsonObject().Add("type", Str("array")).Add("items", new JsonObject().Add("type", Str("string")));

    private static JsonObject Ref(string name) => new JsonObject().Add("$ref", Str("#/$defs/" + name));

    private static JsonNode Str(string value) => new JsonRaw(Quote(value));

    private static JsonRaw Raw(string literal) => new JsonRaw(literal);

    private static JsonArray Arr(params JsonNode[] items) => new JsonArray(items);

    private static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    // A tiny ordered JSON writer: netstandard2.0 has no System.Text.Json, and key order must be stable for the drift test.
    private abstract class JsonNode
    {
        public abstract void Write(StringBuilder sb, int indent);
    }

    private sealed class JsonRaw : JsonNode
    {
        private readonly string _literal;

        public JsonRaw(string literal)
        {
            _literal = literal;
        }

        public override void Write(StringBuilder sb, int indent) => sb.Append(_literal);
    }

    private sealed class JsonArray : JsonNode
    {
        private readonly IReadOnlyList<JsonNode> _items;

        public JsonArray(IReadOnlyList<JsonNode> items)
        {
            _items = items;
        }

        public override void Write(StringBuilder sb, int indent)
        {
            if (_items.All(i => i is JsonRaw))
            {
                sb.Append('[');
                for (var i = 0; i < _items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    _items[i].Write(sb, indent);
                }
                sb.Append(']');
                return;
            }
            sb.Append("[\n");
            for (var i = 0; i < _items.Count; i++)
            {
                sb.Append(' ', (indent + 1) * 2);
                _items[i].Write(sb, indent + 1);
                sb.Append(i + 1 < _items.Count ? ",\n" : "\n");
            }
            sb.Append(' ', indent * 2).Append(']');
        }
    }

    private sealed class JsonObject : JsonNode
    {
        private readonly List<(string Key, JsonNode Value)> _members = new();

        public JsonObject Add(string key, JsonNode value)
        {
            _members.Add((key, value));
            return this;
        }

        public override void Write(StringBuilder sb, int indent)
        {
            if (_members.Count == 0)
            {
                sb.Append("{}");
                return;
            }
            sb.Append("{\n");
            for (var i = 0; i < _members.Count; i++)
            {
                sb.Append(' ', (indent + 1) * 2).Append(Quote(_members[i].Key)).Append(": ");
                _members[i].Value.Write(sb, indent + 1);
                sb.Append(i + 1 < _members.Count ? ",\n" : "\n");
            }
            sb.Append(' ', indent * 2).Append('}');
        }
    }
}
