using System;
using System.Linq;
using System.Text;
using EmpathyLint.Model;

namespace EmpathyLint.Catalog;

/// <summary>Renders the documentation pages in <c>docs/rules</c> from the catalog; a test keeps the committed pages in step.</summary>
public static class RuleDocs
{
    public static string Page(RuleDescriptor rule)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        sb.Append("<!-- Generated from rules/catalog/").Append(rule.Id).Append(".yaml; edit that file, then run the docs test with EMPATHYLINT_UPDATE_DOCS=1. -->\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append("| Id | `").Append(rule.Id).Append("` (`").Append(rule.Slug).Append("`) |\n");
        sb.Append("| Category | ").Append(RuleCategories.Title(rule.Category)).Append(" |\n");
        sb.Append("| Default severity | ").Append(rule.DefaultSeverity.ToName()).Append(rule.NeedsReview ? " (needs review: a declared purpose quiets it)" : "").Append(" |\n");
        sb.Append("| Runs on | ").Append(string.Join(", ", rule.Engines.Select(EngineTitle))).Append(" |\n");
        sb.Append("| Message | ").Append(EscapeCell(rule.Message)).Append(" |\n");
        if (rule.ReviewMessage is not null) sb.Append("| When it cannot decide | ").Append(EscapeCell("Review: " + rule.ReviewMessage)).Append(" (info) |\n");
        sb.Append('\n');
        sb.Append("## Why\n\n").Append(rule.Rationale.Trim()).Append("\n\n");
        if (rule.Options.Count > 0)
        {
            sb.Append("## Options\n\n| Option | Type | Default | Meaning |\n|---|---|---|---|\n");
            foreach (var option in rule.Options)
            {
                sb.Append("| `").Append(option.Name).Append("` | ").Append(option.Type).Append(" | `").Append(option.Default).Append("` | ").Append(EscapeCell(option.Description)).Append(" |\n");
            }
            sb.Append('\n');
        }
        AppendExamples(sb, "Incorrect", rule.Incorrect);
        AppendExamples(sb, "Correct", rule.Correct);
        if (rule.Sources.Count > 0)
        {
            sb.Append("## Sources\n\n");
            foreach (var source in rule.Sources)
            {
                sb.Append("- ");
                sb.Append(source.Url.Length > 0 ? $"[{source.Title}]({source.Url})" : source.Title);
                if (source.Says.Length > 0) sb.Append(": ").Append(source.Says.Trim());
                sb.Append('\n');
            }
            sb.Append('\n');
        }
        sb.Append("## Silencing it\n\n");
        if (rule.Category == "tooling")
        {
            // Tooling findings are about the scan itself: directives never suppress them.
            sb.Append("This finding is about the scan itself, not a form, so suppression directives do not apply to it. Fix the cause");
            sb.Append(rule.Id == "EL0002" ? "; it cannot be turned off.\n" : ", or set its severity in `empathylint.yaml` (`rules: { " + rule.Id + ": off }`).\n");
            return sb.ToString();
        }
        sb.Append("Fix the form where you can. Where the question is truly needed, declare why (see the configuration guide), or suppress one place with a reason:\n\n");
        sb.Append("```html\n<!-- empathylint-disable-next-line ").Append(rule.Id).Append(" -- the reason -->\n```\n\n");
        sb.Append("In the build, `#pragma warning disable ").Append(rule.Id).Append("`, `[SuppressMessage]` and `<NoWarn>` work as for any analyzer.\n");
        return sb.ToString();
    }

    private static void AppendExamples(StringBuilder sb, string heading, System.Collections.Generic.List<RuleExample> examples)
    {
        if (examples.Count == 0) return;
        sb.Append("## ").Append(heading).Append("\n\n");
        foreach (var example in examples)
        {
            if (!string.IsNullOrWhiteSpace(example.Note)) sb.Append(example.Note!.Trim()).Append("\n\n");
            sb.Append("```").Append(FenceLanguage(example.Language)).Append('\n').Append(example.Code.TrimEnd()).Append("\n```\n\n");
        }
    }

    public static string Index(RuleCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append("# EmpathyLint rules\n\n");
        sb.Append("<!-- Generated from rules/catalog; run the docs test with EMPATHYLINT_UPDATE_DOCS=1 to refresh. -->\n\n");
        sb.Append("Severity is the default of the `recommended` preset. *Needs review* rules flag questions a person should look at; a declared purpose quiets them.\n\n");
        foreach (var category in RuleCategories.All)
        {
            var rules = catalog.Rules.Where(r => r.Category == category).ToList();
            if (rules.Count == 0) continue;
            sb.Append("## ").Append(RuleCategories.Title(category)).Append("\n\n| Id | Rule | Severity | Runs on |\n|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                sb.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(EscapeCell(rule.Title)).Append(" | ")
                  .Append(rule.DefaultSeverity.ToName()).Append(rule.NeedsReview ? " (review)" : "").Append(" | ")
                  .Append(string.Join(", ", rule.Engines.Select(EngineTitle))).Append(" |\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string EngineTitle(string engine) => engine switch
    {
        "html" => "HTML",
        "razor" => "Razor",
        "csharp" => "C# models",
        _ => engine,
    };

    private static string FenceLanguage(string language) => language switch
    {
        "razor" or "cshtml" => "razor",
        "csharp" => "csharp",
        "yaml" => "yaml",
        _ => "html",
    };

    private static string EscapeCell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
