using System.Text.Json;
using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Configuration;

/// <summary>rules/schema/empathylint.schema.json is generated from the catalog; EMPATHYLINT_UPDATE_DOCS=1 rewrites it.</summary>
public class SchemaTests
{
    private static readonly string SchemaPath = RepoPaths.Combine("rules", "schema", "empathylint.schema.json");

    [Fact]
    public void Committed_schema_matches_the_catalog()
    {
        var expected = ConfigSchema.Generate(RuleCatalog.Default);
        if (Environment.GetEnvironmentVariable("EMPATHYLINT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(SchemaPath, expected);
            return;
        }
        Assert.True(File.Exists(SchemaPath), $"{SchemaPath} is missing: run 'EMPATHYLINT_UPDATE_DOCS=1 dotnet test --filter SchemaTests'");
        var actual = File.ReadAllText(SchemaPath).Replace("\r\n", "\n");
        Assert.True(actual == expected, $"{SchemaPath} has drifted from the catalog: run 'EMPATHYLINT_UPDATE_DOCS=1 dotnet test --filter SchemaTests'");
    }

    [Fact]
    public void Schema_is_draft_2020_12_json_with_every_rule_id()
    {
        using var json = JsonDocument.Parse(ConfigSchema.Generate(RuleCatalog.Default));
        var root = json.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var ids = root.GetProperty("$defs").GetProperty("ruleId").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(RuleCatalog.Default.Rules.Select(r => r.Id), ids);
        var names = root.GetProperty("properties").GetProperty("rules").GetProperty("propertyNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(ids.Append("*"), names);
        Assert.Equal(ConfigLoader.TopLevelKeys, root.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        var option = root.GetProperty("properties").GetProperty("rules").GetProperty("properties").GetProperty("EL1001")
            .GetProperty("oneOf")[1].GetProperty("properties").GetProperty("options").GetProperty("properties").GetProperty("allowSexAtBirth");
        Assert.Equal("boolean", option.GetProperty("type").GetString());
    }
}
