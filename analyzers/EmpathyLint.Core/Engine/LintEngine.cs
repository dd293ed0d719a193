using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Catalog;
using EmpathyLint.Configuration;
using EmpathyLint.Extraction;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Engine;

/// <summary>
/// Extractors in, rules on the model, findings out. One engine serves the CLI and the analyzer, so
/// both give the same findings for the same file and configuration.
/// </summary>
public sealed class LintEngine
{
    public const string UnreadableFileRule = "EL0001";

    private readonly ConceptInference _inference;
    private readonly IReadOnlyList<Rule> _rules;

    public LintEngine(LintConfiguration configuration, ProjectContext? project = null, IReadOnlyList<Rule>? rules = null)
    {
        Configuration = configuration;
        Project = project ?? ProjectContext.Empty;
        _inference = new ConceptInference(configuration.Vocabulary);
        _rules = rules ?? RuleRegistry.All;
    }

    public LintConfiguration Configuration { get; }

    /// <summary>Facts from the other scanned sources (enums, model annotations, resources).</summary>
    public ProjectContext Project { get; }

    public static bool IsMarkupPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".html" or ".htm" or ".cshtml" or ".razor";
    }

    public static DocumentKind? KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => DocumentKind.Html,
        ".cshtml" or ".razor" => DocumentKind.Razor,
        ".cs" => DocumentKind.CSharp,
        _ => null,
    };

    /// <summary>Reads a document into the form model, without judging it.</summary>
    public FormDocument Extract(string path, string text) => Extract(path, text, null);

    /// <summary>
    /// Reads a document with an extractor the host supplies, such as <c>d =&gt; CSharpExtractor.Extract(d, tree)</c>
    /// when the C# is already parsed, then infers concepts and applies declared purposes as for any document.
    /// </summary>
    public FormDocument Extract(string path, string text, Action<FormDocument>? extract)
    {
        var kind = KindOf(path) ?? DocumentKind.Html;
        var document = new FormDocument(path, kind, text);
        if (extract is null) DocumentExtractors.Extract(document, Configuration, Project);
        else extract(document);
        _inference.Apply(document);
        ApplyDeclaredPurposes(document);
        QuestionAssembler.Assemble(document, Project, Configuration.Vocabulary);
        return document;
    }

    /// <summary>Lints one file's text. Never throws: any failure becomes an EL0001 finding on the file.</summary>
    public List<Finding> Lint(string path, string text) => Lint(path, text, null);

    /// <summary>Lints one file read by a host-supplied extractor (see <see cref="Extract(string, string, Action{FormDocument})"/>). Never throws.</summary>
    public List<Finding> Lint(string path, string text, Action<FormDocument>? extract)
    {
        if (text.IndexOf('\0') >= 0) return new List<Finding> { Unreadable(path, "", SourceFileReader.NulProblem(text)) };
        if (text.Length > SourceFileReader.MaxBytes) return new List<Finding> { Unreadable(path, "", $"the file has {text.Length / 1024} K characters, above the {SourceFileReader.MaxBytes / 1024 / 1024} MiB limit for a form") };
        FormDocument document;
        try
        {
            document = Extract(path, text, extract);
        }
        catch (ScanLimitException ex)
        {
            return new List<Finding> { Unreadable(path, text, ex.Message) };
        }
        catch (Exception ex)
        {
            return new List<Finding> { Unreadable(path, text, "the file could not be parsed: " + Describe(ex)) };
        }
        return Lint(document);
    }

    public List<Finding> Lint(FormDocument document)
    {
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            var descriptor = Configuration.Catalog.Find(rule.Id);
            if (descriptor is null || !document.Forms.Any(f => descriptor.RunsOn(document.Kind, f.Kind)) && !(document.Observations.Count > 0 && descriptor.RunsOn(DocumentKind.CSharp))) continue;
            var severity = Configuration.SeverityOf(rule.Id);
            if (severity == Severity.Off) continue;
            var produced = new List<Finding>();
            var context = new RuleContext(document, descriptor, Configuration, produced);
            try
            {
                rule.CheckDocument(context);
            }
            catch (Exception ex)
            {
                findings.Add(Unreadable(document.Path, document.Text, $"rule {rule.Id} failed on this file: {Describe(ex)}"));
                continue;
            }
            foreach (var finding in produced)
            {
                // Findings for review (a rule that cannot decide, a question on thin evidence) are info whatever the rule's severity.
                finding.Severity = finding.NeedsReview && !descriptor.NeedsReview ? Severity.Info : finding.SubjectSeverity ?? severity;
                findings.Add(finding);
            }
        }
        DropCovered(findings);
        findings.Sort();
        // Suppression directives in comments drop what they cover and report themselves (EL0003, EL0004).
        return Directives.Apply(document, findings, Configuration);
    }

    /// <summary>
    /// One question, one line per fix: a finding whose rule another finding on the same question covers
    /// (EL1001 already asks for "Prefer not to say", so EL1003 adds nothing) is dropped.
    /// </summary>
    private void DropCovered(List<Finding> findings)
    {
        if (findings.Count < 2) return;
        var covered = new HashSet<(string Rule, int Start)>();
        foreach (var finding in findings)
        {
            var descriptor = Configuration.Catalog.Find(finding.RuleId);
            if (descriptor is null) continue;
            foreach (var rule in descriptor.Covers) covered.Add((rule, finding.Span.Start));
        }
        if (covered.Count > 0) findings.RemoveAll(f => covered.Contains((f.RuleId, f.Span.Start)));
    }

    /// <summary>EL0001 on the first line of the file, with the reason.</summary>
    public Finding Unreadable(string path, string text, string reason)
    {
        var severity = Configuration.SeverityOf(UnreadableFileRule);
        var descriptor = Configuration.Catalog.Find(UnreadableFileRule);
        var message = (descriptor?.Message ?? "File could not be scanned: {reason}").Replace("{reason}", reason);
        var span = new LineMap(text).Span(0, 0);
        return new Finding(UnreadableFileRule, severity == Severity.Off ? Severity.Warning : severity, path, span, message);
    }

    private static string Describe(Exception ex) => ex.GetType().Name + ": " + ex.Message;

    private void ApplyDeclaredPurposes(FormDocument document)
    {
        if (Configuration.Purposes.Count == 0) return;
        foreach (var form in document.Forms)
        {
            foreach (var field in form.Fields)
            {
                if (field.Purpose is not null) continue;
                field.Purpose = PurposeMatcher.Find(Configuration.Purposes, document.Path, field);
            }
        }
    }
}
