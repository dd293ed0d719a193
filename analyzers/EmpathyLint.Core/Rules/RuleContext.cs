using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules;

/// <summary>What a rule may see and the one way it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;

    internal RuleContext(FormDocument document, RuleDescriptor descriptor, LintConfiguration configuration, List<Finding> findings)
    {
        Document = document;
        Descriptor = descriptor;
        Configuration = configuration;
        _findings = findings;
    }

    public FormDocument Document { get; }
    public RuleDescriptor Descriptor { get; }
    public LintConfiguration Configuration { get; }
    public Vocabulary Vocabulary => Configuration.Vocabulary;

    public string? OptionText(string name) => Configuration.Option(Descriptor.Id, name);

    public int OptionInt(string name, int fallback) =>
        int.TryParse(OptionText(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public bool OptionBool(string name, bool fallback) => bool.TryParse(OptionText(name), out var value) ? value : fallback;

    public IReadOnlyList<string> OptionList(string name)
    {
        var text = OptionText(name);
        var list = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return list;
        foreach (var part in text!.Split(','))
        {
            if (part.Trim().Length > 0) list.Add(part.Trim());
        }
        return list;
    }

    /// <summary>How messages name a concept ("date of birth").</summary>
    public string ConceptTitle(string? concept) => Vocabulary.Concept(concept)?.Title ?? (concept ?? "").Replace('-', ' ');

    /// <summary>Reports a finding; message placeholders <c>{name}</c> are filled from <paramref name="arguments"/>.</summary>
    public Finding Report(FormField? field, SourceSpan span, params (string Name, string Value)[] arguments)
    {
        var message = Format(Descriptor.Message, field, arguments);
        // A question on thin evidence (a view model no form is seen to bind) is for review, not a warning.
        var thin = field?.Evidence == QuestionEvidence.Thin;
        if (Descriptor.NeedsReview || thin) message = "Review: " + message;
        var finding = new Finding(Descriptor.Id, Descriptor.DefaultSeverity, Document.Path, span, message)
        {
            NeedsReview = Descriptor.NeedsReview || thin,
            Concept = field?.Concept,
            Purpose = field?.Purpose,
        };
        AddRelated(finding, field, span);
        // [Required] that the Razor extractor copied from the bound model member is a fact for the inventory:
        // a finding pointing at it is reported once, at the C# attribute, by the model's own field.
        if (field?.Constraints.Required is { } required && required.Value == Extraction.Razor.RazorExtractor.RequiredOnModel && span.Equals(required.Span)) return finding;
        // A member that form controls bind: the question itself is reported once, at the controls (with this member related).
        if (field is { AskedByControls: true } && span.Equals(field.Span)) return finding;
        _findings.Add(finding);
        return finding;
    }

    /// <summary>
    /// Reports a case the rule cannot decide at the needs-review tier: info, "Review:" first, with the catalog's
    /// <c>reviewMessage</c>. "When unsure, ask a person" beats both a guess and silence.
    /// </summary>
    public Finding ReportForReview(FormField? field, SourceSpan span, params (string Name, string Value)[] arguments)
    {
        var template = Descriptor.ReviewMessage ?? throw new System.InvalidOperationException($"{Descriptor.Id} reports for review but its catalog entry has no reviewMessage");
        var finding = new Finding(Descriptor.Id, Severity.Info, Document.Path, span, "Review: " + Format(template, field, arguments))
        {
            NeedsReview = true,
            SubjectSeverity = Severity.Info,
            Concept = field?.Concept,
            Purpose = field?.Purpose,
        };
        AddRelated(finding, field, span);
        _findings.Add(finding);
        return finding;
    }

    /// <summary>The question's other places, except the one reported, ordered by path and position.</summary>
    private void AddRelated(Finding finding, FormField? field, SourceSpan span)
    {
        if (field is null || field.Related.Count == 0) return;
        var related = field.Related
            .Where(r => !(r.Path == Document.Path && r.Span.Start == span.Start))
            .Distinct()
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Span.Start);
        finding.RelatedLocations.AddRange(related);
    }

    private static string Format(string template, FormField? field, (string Name, string Value)[] arguments)
    {
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            sb.Append(Lookup(name, field, arguments) ?? "{" + name + "}");
            i = close + 1;
        }
        return sb.ToString();
    }

    private static string? Lookup(string name, FormField? field, (string Name, string Value)[] arguments)
    {
        foreach (var (n, v) in arguments)
        {
            if (string.Equals(n, name, StringComparison.Ordinal)) return v;
        }
        return name == "label" ? field?.DisplayName : null;
    }
}
