using System.Collections.Generic;
using EmpathyLint.Model;

namespace EmpathyLint.Catalog;

/// <summary>One rule as the catalog in <c>rules/catalog</c> describes it; everything user-facing derives from this.</summary>
public sealed class RuleDescriptor
{
    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>Message template with named placeholders such as <c>{label}</c>.</summary>
    public string Message { get; set; } = "";

    /// <summary>Message for the cases a rule cannot decide and reports at the needs-review tier, or null.</summary>
    public string? ReviewMessage { get; set; }
    public string Category { get; set; } = "";
    public Severity DefaultSeverity { get; set; } = Severity.Warning;

    /// <summary>Heuristic rules report at the needs-review tier; a declared purpose quiets them.</summary>
    public bool NeedsReview { get; set; }

    /// <summary>Where the rule runs: html, razor, csharp.</summary>
    public List<string> Engines { get; } = new();

    /// <summary>Rules whose fix this rule's message already asks for: on the same question, only this finding is reported.</summary>
    public List<string> Covers { get; } = new();
    public List<RuleOption> Options { get; } = new();
    public string Rationale { get; set; } = "";
    public List<RuleSource> Sources { get; } = new();
    public List<RuleExample> Incorrect { get; } = new();
    public List<RuleExample> Correct { get; } = new();

    public string HelpUri => $"https://github.com/empathylint/empathylint/blob/main/docs/rules/{Id}.md";

    public bool RunsOn(DocumentKind kind) => Engines.Count == 0 || Engines.Contains(EngineOf(kind));

    /// <summary>
    /// A C# model or enum is judged by the csharp engine even inside a .razor @code block; markup by the
    /// engine of its file. So an autofill rule never judges a C# property, wherever the class is written.
    /// </summary>
    public bool RunsOn(DocumentKind documentKind, FormKind formKind) =>
        Engines.Count == 0 || Engines.Contains(formKind == FormKind.Markup ? EngineOf(documentKind) : "csharp");

    private static string EngineOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Html => "html",
        DocumentKind.Razor => "razor",
        _ => "csharp",
    };
}

public sealed class RuleOption
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "string";
    public string Default { get; set; } = "";
    public string Description { get; set; } = "";
}

public sealed class RuleSource
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>What the source says, in plain words, and why it supports the rule.</summary>
    public string Says { get; set; } = "";
}

public sealed class RuleExample
{
    /// <summary>html, razor (.razor component), cshtml, or csharp.</summary>
    public string Language { get; set; } = "html";
    public string Code { get; set; } = "";
    public string? Note { get; set; }
}

public static class RuleCategories
{
    public static readonly string[] All = { "tooling", "gender", "names", "minimisation", "wording", "autofill" };

    public static string Title(string category) => category switch
    {
        "tooling" => "Tooling (EL0xxx)",
        "gender" => "Gender, sex and pronouns (EL1xxx)",
        "names" => "Names and titles (EL2xxx)",
        "minimisation" => "Data minimisation (EL3xxx)",
        "wording" => "Wording (EL4xxx)",
        "autofill" => "Input purpose and autofill (EL5xxx)",
        _ => category,
    };
}
