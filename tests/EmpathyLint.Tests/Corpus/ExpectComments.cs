using System.Text.RegularExpressions;
using EmpathyLint.Engine;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Corpus;

/// <summary>
/// Compares a file's findings with its <c>expect:</c> comments, the convention of annotated example files:
/// <c>&lt;!-- expect: EL1001, EL1003 --&gt;</c>, <c>@* expect: … *@</c> or <c>// expect: …</c> lists the rule ids
/// expected on the next line that is neither blank nor a comment-only line; <c>expect: none</c> says that line is
/// clean; <c>expect-file: …</c> lists ids expected anywhere in the file. Every other finding is unexpected.
/// A <c>//</c> comment counts only at the start of a line, so "https://…" in markup is not one.
/// </summary>
public static class ExpectComments
{
    private static readonly Regex Comment = new(
        @"<!--(?<text>.*?)-->|@\*(?<text>.*?)\*@|^\s*//(?<text>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex Expect = new(
        @"^\s*expect(?<file>-file)?\s*:(?<ids>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The expectations of one file: ids per 1-based line, and ids expected anywhere.</summary>
    public sealed record Expectations(SortedDictionary<int, SortedSet<string>> ByLine, SortedSet<string> InFile)
    {
        public int Count => ByLine.Sum(p => p.Value.Count) + InFile.Count;
    }

    public static Expectations Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var byLine = new SortedDictionary<int, SortedSet<string>>();
        var inFile = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < lines.Count; index++)
        {
            foreach (Match comment in Comment.Matches(lines[index]))
            {
                var expect = Expect.Match(comment.Groups["text"].Value);
                if (!expect.Success) continue;
                var ids = expect.Groups["ids"].Value
                    .Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)
                    .Where(id => !id.Equals("none", StringComparison.OrdinalIgnoreCase));
                if (expect.Groups["file"].Success)
                {
                    inFile.UnionWith(ids);
                    continue;
                }
                var target = TargetLine(lines, index);
                if (!byLine.TryGetValue(target, out var set)) byLine[target] = set = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                set.UnionWith(ids);
            }
        }
        return new Expectations(byLine, inFile);
    }

    /// <summary>Each difference as "line N: missing ELxxxx" or "line N: unexpected ELxxxx (message)"; empty when all match.</summary>
    public static List<string> Compare(string text, IReadOnlyList<Finding> findings)
    {
        var expectations = Read(text);
        var problems = new List<(int Line, string Text)>();
        foreach (var (line, ids) in expectations.ByLine)
        {
            foreach (var id in ids)
            {
                if (!findings.Any(f => f.Span.StartLine == line && f.RuleId.Equals(id, StringComparison.OrdinalIgnoreCase))) problems.Add((line, "missing " + id));
            }
        }
        foreach (var id in expectations.InFile)
        {
            if (!findings.Any(f => f.RuleId.Equals(id, StringComparison.OrdinalIgnoreCase))) problems.Add((0, $"missing {id} (expect-file)"));
        }
        foreach (var finding in findings)
        {
            if (expectations.InFile.Contains(finding.RuleId)) continue;
            if (expectations.ByLine.TryGetValue(finding.Span.StartLine, out var ids) && ids.Contains(finding.RuleId)) continue;
            problems.Add((finding.Span.StartLine, $"unexpected {finding.RuleId} at {finding.Span.StartLine}:{finding.Span.StartColumn} ({finding.Message})"));
        }
        return problems.OrderBy(p => p.Line).Select(p => $"line {p.Line}: {p.Text}").ToList();
    }

    /// <summary>The 1-based number of the first line after <paramref name="commentIndex"/> that holds something other than comments.</summary>
    private static int TargetLine(List<string> lines, int commentIndex)
    {
        for (var index = commentIndex + 1; index < lines.Count; index++)
        {
            var rest = Comment.Replace(lines[index], "").Trim();
            if (rest.Length > 0) return index + 1;
        }
        return commentIndex + 2;
    }

    /// <summary>Reads a fixture as the CLI does and lints it under its repository-relative path.</summary>
    public static (string Text, List<Finding> Findings) LintFile(string relativePath)
    {
        var full = RepoPathsOf(relativePath);
        var engine = new LintEngine(EmpathyLint.Configuration.LintConfiguration.CreateDefault());
        if (!EmpathyLint.Cli.Files.SourceFiles.TryRead(full, out var text, out var problem)) return ("", new List<Finding> { engine.Unreadable(relativePath, "", problem) });
        return (text, engine.Lint(relativePath, text));
    }

    private static string RepoPathsOf(string relativePath) => Support.RepoPaths.Combine(relativePath.Split('/'));
}
