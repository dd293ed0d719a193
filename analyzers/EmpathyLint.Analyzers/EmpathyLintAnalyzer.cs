using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using EmpathyLint.Engine;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers;

/// <summary>
/// Runs the EmpathyLint engine inside the compiler: markup (.html, .htm, .cshtml, .razor) arrives as
/// AdditionalFiles, C# models as syntax trees. Every callback catches its own failures and reports them as
/// EL0001 on the file, because an analyzer exception would become AD0001 and hide every other finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmpathyLintAnalyzer : DiagnosticAnalyzer
{
    private readonly IReadOnlyList<Rule>? _rules;

    public EmpathyLintAnalyzer()
    {
    }

    /// <summary>For tests: run these rules instead of the registry's.</summary>
    internal EmpathyLintAnalyzer(IReadOnlyList<Rule> rules)
    {
        _rules = rules;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EmpathyLintDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private void Start(CompilationStartAnalysisContext context)
    {
        AnalysisSession session;
        try
        {
            session = AnalysisSession.Create(context.Compilation, context.Options, _rules, context.CancellationToken);
        }
        catch (Exception ex) when (!IsCancellation(ex, context.CancellationToken))
        {
            // Nothing shared could be built: lint every file as unscannable rather than throw.
            var reason = "EmpathyLint could not start for this project: " + Describe(ex);
            context.RegisterAdditionalFileAction(c => ReportUnscannable(c.ReportDiagnostic, c.AdditionalFile.Path, null, reason, LintEngine.IsMarkupPath(c.AdditionalFile.Path)));
            return;
        }
        context.RegisterAdditionalFileAction(c => AnalyzeAdditionalFile(c, session));
        context.RegisterSyntaxTreeAction(c => AnalyzeSyntaxTree(c, session));
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, AnalysisSession session)
    {
        var file = context.AdditionalFile;
        try
        {
            if (session.ConfigFile is not null && ReferenceEquals(file, session.ConfigFile))
            {
                if (session.ConfigProblem is not null) context.ReportDiagnostic(AtFileStart(file.Path, null, session.Engine.Unreadable(file.Path, "", session.ConfigProblem)));
                var configText = session.ConfigErrors.Count > 0 ? file.GetText(context.CancellationToken) : null;
                foreach (var error in session.ConfigErrors) context.ReportDiagnostic(ToDiagnostic(error, MarkupLocation(file.Path, configText, error)));
                return;
            }
            if (!session.ShouldLintMarkup(file)) return;
            var enginePath = session.EnginePath(file.Path);
            if (session.IsIgnored(enginePath)) return;

            var sourceText = file.GetText(context.CancellationToken);
            List<Finding> findings;
            if (sourceText is null)
            {
                findings = new List<Finding> { session.Engine.Unreadable(enginePath, "", "the file could not be read") };
            }
            else if (!IsUnicode(sourceText.Encoding))
            {
                // The compiler falls back to a legacy code page when a file is not UTF-8. Those single-byte code pages
                // give the original bytes back, so the file is judged exactly as the CLI judges it (same reason, same offset).
                var bytes = sourceText.Encoding!.GetBytes(sourceText.ToString());
                findings = SourceFileReader.TryDecode(bytes, out var decoded, out var problem)
                    ? session.Engine.Lint(enginePath, decoded)
                    : new List<Finding> { session.Engine.Unreadable(enginePath, "", problem) };
            }
            else if (ReplacedBytes(sourceText) is { } problem)
            {
                findings = new List<Finding> { session.Engine.Unreadable(enginePath, "", problem) };
            }
            else
            {
                findings = session.Engine.Lint(enginePath, sourceText.ToString());
            }
            foreach (var finding in findings)
            {
                context.ReportDiagnostic(ToDiagnostic(finding, MarkupLocation(file.Path, sourceText, finding)));
            }
        }
        catch (Exception ex) when (!IsCancellation(ex, context.CancellationToken))
        {
            ReportUnscannable(context.ReportDiagnostic, file.Path, null, "the analyzer failed on this file: " + Describe(ex), shouldReport: true);
        }
    }

    private static void AnalyzeSyntaxTree(SyntaxTreeAnalysisContext context, AnalysisSession session)
    {
        var tree = context.Tree;
        try
        {
            if (ReferenceEquals(tree, session.FirstTree) && session.ProjectProblem is not null)
            {
                context.ReportDiagnostic(AtFileStart(tree.FilePath, tree, session.Engine.Unreadable(tree.FilePath, "", session.ProjectProblem)));
            }
            if (AnalysisSession.IsGenerated(tree.FilePath)) return;
            if (!string.Equals(Path.GetExtension(tree.FilePath), ".cs", StringComparison.OrdinalIgnoreCase)) return;
            var enginePath = session.EnginePath(tree.FilePath);
            if (session.IsIgnored(enginePath)) return;

            var text = tree.GetText(context.CancellationToken);
            foreach (var finding in LintTree(session, enginePath, tree, text))
            {
                var span = Clamp(finding, text.Length);
                context.ReportDiagnostic(ToDiagnostic(finding, Location.Create(tree, span)));
            }
        }
        catch (Exception ex) when (!IsCancellation(ex, context.CancellationToken))
        {
            ReportUnscannable(context.ReportDiagnostic, tree.FilePath, tree, "the analyzer failed on this file: " + Describe(ex), shouldReport: true);
        }
    }

    /// <summary>The engine on one C# file: the same text the compiler parsed, so positions agree with the tree.</summary>
    private static List<Finding> LintTree(AnalysisSession session, string enginePath, SyntaxTree tree, SourceText text) =>
        session.Engine.Lint(enginePath, text.ToString(), document => CSharpExtractor.Extract(document, tree));

    internal static Diagnostic ToDiagnostic(Finding finding, Location location)
    {
        var descriptor = EmpathyLintDescriptors.ForReporting(finding.RuleId);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var pair in finding.Properties) properties[pair.Key] = pair.Value;
        if (finding.NeedsReview) properties[DiagnosticProperties.NeedsReview] = "true";
        if (finding.Concept is not null) properties[DiagnosticProperties.Concept] = finding.Concept;
        return Diagnostic.Create(
            descriptor,
            location,
            EmpathyLintDescriptors.ToDiagnosticSeverity(finding.Severity),
            additionalLocations: RelatedLocations(finding),
            properties.ToImmutable(),
            finding.Message);
    }

    /// <summary>The question's other places (bound model member, form controls) as Roslyn additional locations.</summary>
    private static List<Location>? RelatedLocations(Finding finding)
    {
        if (finding.RelatedLocations.Count == 0) return null;
        return finding.RelatedLocations.Select(r =>
        {
            var s = r.Span;
            var lines = new LinePositionSpan(new LinePosition(Math.Max(0, s.StartLine - 1), Math.Max(0, s.StartColumn - 1)), new LinePosition(Math.Max(0, s.EndLine - 1), Math.Max(0, s.EndColumn - 1)));
            return Location.Create(r.Path, new TextSpan(Math.Max(0, s.Start), Math.Max(0, s.Length)), lines);
        }).ToList();
    }

    private static Location MarkupLocation(string path, SourceText? text, Finding finding)
    {
        var length = text?.Length ?? 0;
        var span = Clamp(finding, length);
        if (text is not null) return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        var start = new LinePosition(Math.Max(0, finding.Span.StartLine - 1), Math.Max(0, finding.Span.StartColumn - 1));
        return Location.Create(path, span, new LinePositionSpan(start, start));
    }

    private static TextSpan Clamp(Finding finding, int textLength)
    {
        var start = Math.Min(Math.Max(0, finding.Span.Start), textLength);
        var end = Math.Min(Math.Max(start, finding.Span.End), textLength);
        return TextSpan.FromBounds(start, end);
    }

    private static Diagnostic AtFileStart(string path, SyntaxTree? tree, Finding finding) =>
        ToDiagnostic(finding, tree is not null ? Location.Create(tree, new TextSpan(0, 0)) : Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(default, default)));

    private static void ReportUnscannable(Action<Diagnostic> report, string path, SyntaxTree? tree, string reason, bool shouldReport)
    {
        if (!shouldReport) return;
        try
        {
            var message = "File could not be scanned: " + reason;
            var descriptor = EmpathyLintDescriptors.For(LintEngine.UnreadableFileRule);
            var location = tree is not null ? Location.Create(tree, new TextSpan(0, 0)) : Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(default, default));
            report(Diagnostic.Create(descriptor, location, message));
        }
        catch (Exception)
        {
            // Reporting the failure failed too (the host rejected the location); staying silent beats AD0001.
        }
    }

    /// <summary>
    /// Where no legacy code page exists (the compiler on Linux and macOS), a file that is not UTF-8 is decoded as UTF-8
    /// with U+FFFD for the bad bytes. The text before the first U+FFFD decoded cleanly, so its UTF-8 length is the
    /// offset of the first bad byte, as the CLI reports it. (A valid file holding a literal U+FFFD is reported too:
    /// that character in a form is itself the trace of a broken conversion.)
    /// </summary>
    private static string? ReplacedBytes(SourceText text)
    {
        if (text.Encoding is not UTF8Encoding) return null;
        var content = text.ToString();
        var first = content.IndexOf('\uFFFD');
        if (first < 0) return null;
        var offset = Encoding.UTF8.GetByteCount(content.Substring(0, first));
        return $"the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset {offset}); save it as UTF-8";
    }

    private static bool IsUnicode(Encoding? encoding) =>
        encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding;

    private static bool IsCancellation(Exception ex, CancellationToken token) => ex is OperationCanceledException && token.IsCancellationRequested;

    private static string Describe(Exception ex) => ex.GetType().Name + ": " + ex.Message;
}

/// <summary>Keys the analyzer adds to a diagnostic's properties, beside the rule's own facts.</summary>
public static class DiagnosticProperties
{
    public const string NeedsReview = "EmpathyLint.NeedsReview";
    public const string Concept = "EmpathyLint.Concept";
}
