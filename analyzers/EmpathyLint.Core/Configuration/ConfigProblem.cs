using System;
using System.Collections.Generic;
using EmpathyLint.Catalog;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Configuration;

/// <summary>Something wrong in a config file, with the place and what is wrong; reported as EL0002.</summary>
public sealed class ConfigProblem
{
    public const string RuleId = "EL0002";

    public ConfigProblem(string path, int line, int column, string message)
    {
        Path = path;
        Line = Math.Max(1, line);
        Column = Math.Max(1, column);
        Message = message;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }
    public string Message { get; }

    /// <summary>Compiler style, as the CLI prints it: <c>path(line,col): error EL0002: message</c>.</summary>
    public string Format(string displayPath) => $"{displayPath}({Line},{Column}): error {RuleId}: {Message}";

    public override string ToString() => Format(Path);

    /// <summary>The problem as a finding at its place in the config file (hosts that report findings, such as the analyzer).</summary>
    public Finding ToFinding(RuleCatalog catalog, string text)
    {
        var lines = new LineMap(text);
        var offset = Math.Min(text.Length, lines.LineStart(Line) + Column - 1);
        var template = catalog.Find(RuleId)?.Message ?? "Configuration is invalid: {problem}";
        return new Finding(RuleId, Severity.Error, Path, lines.Span(offset, 0), template.Replace("{problem}", Message));
    }
}

/// <summary>A loaded configuration and every problem found on the way; with problems, the configuration must not be used.</summary>
public sealed class ConfigLoadResult
{
    public ConfigLoadResult(LintConfiguration configuration, IReadOnlyList<ConfigProblem> problems, string? path)
    {
        Configuration = configuration;
        Problems = problems;
        Path = path;
    }

    public LintConfiguration Configuration { get; }
    public IReadOnlyList<ConfigProblem> Problems { get; }

    /// <summary>The project config file, or null when the built-in defaults are used.</summary>
    public string? Path { get; }

    public bool Succeeded => Problems.Count == 0;
}

/// <summary>"Did you mean …?" for misspelt ids, keys and names.</summary>
public static class Suggestions
{
    public static string? Nearest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var list = new List<string>(candidates);
        // A shortened word ("warn") most likely means the one it starts.
        if (wrong.Length >= 3)
        {
            foreach (var candidate in list)
            {
                if (candidate.StartsWith(wrong, StringComparison.OrdinalIgnoreCase)) return candidate;
            }
        }
        foreach (var candidate in list)
        {
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        // A suggestion is only useful when it is close: a third of the word, at least two edits.
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 3) ? best : null;
    }

    public static string DidYouMean(string wrong, IEnumerable<string> candidates)
    {
        var nearest = Nearest(wrong, candidates);
        return nearest is null ? "" : $" (did you mean {nearest}?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
