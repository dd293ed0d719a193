using System;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Journeys;

/// <summary>The words that mark a form as a marketing prompt, from <c>rules/journeys/prompts.yaml</c>.</summary>
public static class PromptTerms
{
    private const string ResourceName = "rules/journeys/prompts.yaml";
    private static readonly Lazy<PhraseIndex> Index = new(Load);

    public static PhraseIndex Default => Index.Value;

    /// <summary>The first prompt phrase in any of the texts, or null.</summary>
    public static string? Find(params System.Collections.Generic.IEnumerable<string>[] texts)
    {
        foreach (var text in texts.SelectMany(t => t))
        {
            var words = Words.OfText(text);
            if (words.Count == 0) words = Words.OfIdentifier(text);
            if (Default.Best(words) is { } match) return string.Join(" ", words.Skip(match.StartWord).Take(match.EndWord - match.StartWord));
        }
        return null;
    }

    private static PhraseIndex Load()
    {
        var index = new PhraseIndex();
        var root = YamlDoc.Mapping(YamlDoc.Parse(EmbeddedRules.Read(ResourceName), ResourceName), ResourceName, "the prompt terms");
        var prompts = YamlDoc.Mapping(YamlDoc.Child(root, "prompts"), ResourceName, "'prompts'");
        foreach (var language in prompts.Children)
        {
            foreach (var term in YamlDoc.Strings(language.Value, ResourceName, "prompt terms")) index.Add(term, "prompt");
        }
        return index;
    }
}
