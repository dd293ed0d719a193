using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.CommandLine;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Cli.Scanning;
using EmpathyLint.Engine;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary>
/// <c>empathylint rules test &lt;folder&gt;</c>: lints every file of a folder with the active configuration and
/// compares the findings with the file's <c>expect:</c> comments, so a researcher can prove a rule set does what
/// they mean. <c>expect: EL1001, EL1005</c> lists the rule ids expected on the next line that is not blank or a
/// comment; <c>expect-file: EL1005</c> lists ids expected somewhere in the file. Every other finding is unexpected.
/// </summary>
public static class RulesTestCommand
{
    private static readonly Regex ExpectPattern = new(@"^\s*expect(?<file>-file)?\s*:(?<ids>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static CliCommand Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of example files annotated with 'expect:' comments." };
        var config = ConfigOption.Create();
        var command = new CliCommand("test", "Lint annotated example files and compare the findings with their 'expect:' comments.") { folder, config };
        command.Examples.Add(("empathylint rules test rules/tests", "Check that a rule set finds what its examples expect"));
        command.ExitCodes = "0 every file as expected, 1 mismatches, 2 usage or configuration error";
        command.SetAction(parse => Run(parse.GetRequiredValue(folder), parse.GetValue(config), context.Output, context.Error));
        return command;
    }

    public static int Run(string folder, string? configPath, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
        if (!ConfigOption.TryLoad(configPath, folder, error, out var configuration)) return ExitCodes.Usage;

        var files = new FileWalker(Array.Empty<string>()).Walk(folder);
        if (files.Count == 0) throw new UsageException($"{folder}: no .html, .htm, .cshtml, .razor or .cs files to test");
        // Scanned together, as 'scan' would: markup sees the enums and annotations of the folder's C# models.
        var byFile = Scanner.Scan(files, configuration).ToLookup(f => f.Path, StringComparer.Ordinal);
        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            var display = PathDisplay.Relative(file);
            var text = SourceFileReader.TryRead(file, out var read, out _) ? read : "";
            var mismatches = Compare(display, text, byFile[display].ToList());
            foreach (var mismatch in mismatches) output.WriteLine(mismatch);
            if (mismatches.Count == 0) passed++;
            else failed++;
        }
        output.WriteLine($"rules test: {passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    /// <summary>Each difference between a file's findings and its expectations, as <c>path(line): missing|unexpected ID</c>.</summary>
    public static List<string> Compare(string path, string text, IReadOnlyList<Finding> findings)
    {
        var document = new FormDocument(path, LintEngine.KindOf(path) ?? DocumentKind.Html, text);
        var comments = DirectiveComments.Scan(document);
        var commentLines = new HashSet<int>();
        foreach (var comment in comments)
        {
            // A line that holds only a comment is not what an expectation points at.
            var line = document.Lines.LineStart(comment.Span.StartLine);
            var before = text.Substring(line, comment.Span.Start - line);
            if (before.Trim().Length == 0 && comment.Span.StartLine == comment.Span.EndLine) commentLines.Add(comment.Span.StartLine);
        }
        var expectedByLine = new SortedDictionary<int, HashSet<string>>();
        var expectedInFile = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in comments)
        {
            var match = ExpectPattern.Match(comment.Text);
            if (!match.Success) continue;
            var ids = match.Groups["ids"].Value.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(id => !string.Equals(id, "none", StringComparison.OrdinalIgnoreCase));
            if (match.Groups["file"].Success)
            {
                expectedInFile.UnionWith(ids);
                continue;
            }
            var target = NextLine(document, comment.Span.EndLine, commentLines);
            if (!expectedByLine.TryGetValue(target, out var set)) expectedByLine[target] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            set.UnionWith(ids);
        }

        var mismatches = new List<(int Line, string Text)>();
        var actualByLine = findings.GroupBy(f => f.Span.StartLine).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var pair in expectedByLine)
        {
            var actual = actualByLine.TryGetValue(pair.Key, out var list) ? list : new List<Finding>();
            foreach (var id in pair.Value.OrderBy(i => i, StringComparer.Ordinal))
            {
                if (!actual.Any(f => string.Equals(f.RuleId, id, StringComparison.OrdinalIgnoreCase))) mismatches.Add((pair.Key, $"missing {id}"));
            }
        }
        foreach (var id in expectedInFile.OrderBy(i => i, StringComparer.Ordinal))
        {
            if (!findings.Any(f => string.Equals(f.RuleId, id, StringComparison.OrdinalIgnoreCase))) mismatches.Add((1, $"missing {id} (expect-file)"));
        }
        foreach (var finding in findings)
        {
            var line = finding.Span.StartLine;
            if (expectedInFile.Contains(finding.RuleId)) continue;
            if (expectedByLine.TryGetValue(line, out var expected) && expected.Contains(finding.RuleId)) continue;
            mismatches.Add((line, $"unexpected {finding.RuleId}: {finding.Message}"));
        }
        return mismatches.OrderBy(m => m.Line).Select(m => $"{path}({m.Line}): {m.Text}").ToList();
    }

    private static int NextLine(FormDocument document, int afterLine, HashSet<int> commentLines)
    {
        for (var line = afterLine + 1; line <= document.Lines.LineCount; line++)
        {
            if (commentLines.Contains(line)) continue;
            var start = document.Lines.LineStart(line);
            var end = line < document.Lines.LineCount ? document.Lines.LineStart(line + 1) : document.Text.Length;
            if (document.Text.Substring(start, end - start).Trim().Length > 0) return line;
        }
        return afterLine + 1;
    }
}
