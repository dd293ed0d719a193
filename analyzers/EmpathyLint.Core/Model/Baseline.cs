using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EmpathyLint.Configuration;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Model;

/// <summary>One accepted finding of a baseline: its fingerprint (rule, file, question), how many, and what it said.</summary>
public sealed class BaselineEntry
{
    public BaselineEntry(string ruleId, string path, string question, string fingerprint, int count, string message)
    {
        RuleId = ruleId;
        Path = path;
        Question = question;
        Fingerprint = fingerprint;
        Count = count;
        Message = message;
    }

    public string RuleId { get; }

    /// <summary>The file, relative to the baseline's folder, '/' separated.</summary>
    public string Path { get; }
    public string Question { get; }
    public string Fingerprint { get; }
    public int Count { get; }
    public string Message { get; }
}

/// <summary>
/// <c>empathylint.baseline.json</c>: findings a team accepted when adopting EmpathyLint on existing code. Entries are
/// keyed by <see cref="Model.Fingerprint"/> (rule, file, question), never by line, so edits that move lines keep them.
/// Read here for both hosts (the CLI and the analyzer, which gets the file as an AdditionalFile); JSON is YAML, so the
/// shared YAML reader parses it without a JSON library in the analyzer.
/// </summary>
public sealed class Baseline
{
    public const string FileName = "empathylint.baseline.json";

    public Baseline(string directory, IEnumerable<BaselineEntry> entries)
    {
        Directory = directory;
        Entries = entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Question, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder paths are relative to (the baseline file's folder).</summary>
    public string Directory { get; }
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The path a finding is keyed by: relative to the baseline's folder.</summary>
    public string RelativePath(string findingPath) => ConfigPaths.RelativeTo(Directory, findingPath).Replace('\\', '/');

    /// <param name="fullPath">The finding's file as a full path when <see cref="Finding.Path"/> is relative to something else (the analyzer's engine paths).</param>
    public string FingerprintOf(Finding finding, string? fullPath = null) =>
        Fingerprint.Of(finding.RuleId, RelativePath(fullPath ?? finding.Path), finding.Question ?? finding.Message);

    /// <summary>
    /// Splits <paramref name="findings"/> into the new ones (returned) and those the baseline accepts (counted).
    /// Each entry accepts at most its count, so a second copy of an accepted problem is new.
    /// Tooling findings (EL0xxx: unreadable file, bad config) are never baselined.
    /// </summary>
    /// <param name="fullPath">For the analyzer: the one file all <paramref name="findings"/> are in, as a full path.</param>
    public List<Finding> Filter(IEnumerable<Finding> findings, out int baselined, string? fullPath = null)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Entries) remaining[entry.Fingerprint] = (remaining.TryGetValue(entry.Fingerprint, out var n) ? n : 0) + entry.Count;
        var kept = new List<Finding>();
        baselined = 0;
        foreach (var finding in findings)
        {
            if (finding.Suppression is null && !IsTooling(finding.RuleId) && remaining.TryGetValue(FingerprintOf(finding, fullPath), out var left) && left > 0)
            {
                remaining[FingerprintOf(finding, fullPath)] = left - 1;
                baselined++;
                continue;
            }
            kept.Add(finding);
        }
        return kept;
    }

    /// <summary>A baseline accepting exactly <paramref name="findings"/> (suppressed and tooling findings left out).</summary>
    public static Baseline FromFindings(string directory, IEnumerable<Finding> findings)
    {
        var probe = new Baseline(directory, Array.Empty<BaselineEntry>());
        var entries = findings
            .Where(f => f.Suppression is null && !IsTooling(f.RuleId))
            .GroupBy(f => probe.FingerprintOf(f), StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                return new BaselineEntry(first.RuleId, probe.RelativePath(first.Path), first.Question ?? first.Message, g.Key, g.Count(), first.Message);
            });
        return new Baseline(directory, entries);
    }

    /// <summary>The entries still matched by <paramref name="findings"/> (counts lowered to what is still there): fixed problems drop out.</summary>
    public Baseline Prune(IEnumerable<Finding> findings)
    {
        var current = FromFindings(Directory, findings).Entries.ToDictionary(e => e.Fingerprint, e => e.Count, StringComparer.Ordinal);
        var entries = new List<BaselineEntry>();
        foreach (var entry in Entries)
        {
            if (!current.TryGetValue(entry.Fingerprint, out var now) || now == 0) continue;
            entries.Add(new BaselineEntry(entry.RuleId, entry.Path, entry.Question, entry.Fingerprint, Math.Min(entry.Count, now), entry.Message));
        }
        return new Baseline(Directory, entries);
    }

    private static bool IsTooling(string ruleId) => ruleId.StartsWith("EL0", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a baseline file's text; a malformed file is a <see cref="YamlProblem"/> naming the file and the place.</summary>
    public static Baseline Parse(string text, string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var root = YamlDoc.Mapping(YamlDoc.Parse(text, path), path, "the baseline");
        var version = YamlDoc.Child(root, "version") is { } v ? YamlDoc.Int(v, path, "version") : null;
        if (version is not 1) throw YamlDoc.Problem(root, path, "the baseline has no 'version: 1'; recreate it with 'empathylint baseline create'");
        var entries = new List<BaselineEntry>();
        if (YamlDoc.Child(root, "entries") is YamlSequenceNode list)
        {
            foreach (var node in list.Children)
            {
                var map = YamlDoc.Mapping(node, path, "a baseline entry");
                var count = YamlDoc.Child(map, "count") is { } c ? YamlDoc.Int(c, path, "count") ?? 1 : 1;
                entries.Add(new BaselineEntry(
                    YamlDoc.RequiredString(map, "ruleId", path, "a baseline entry"),
                    YamlDoc.RequiredString(map, "path", path, "a baseline entry"),
                    YamlDoc.String(map, "question", path) ?? "",
                    YamlDoc.RequiredString(map, "fingerprint", path, "a baseline entry"),
                    Math.Max(1, count),
                    YamlDoc.String(map, "message", path) ?? ""));
            }
        }
        return new Baseline(directory, entries);
    }

    /// <summary>The file's text: JSON, one entry per accepted problem, in a stable order so diffs stay small.</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        sb.Append("{\n  \"version\": 1,\n  \"tool\": \"empathylint\",\n  \"entries\": [");
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            sb.Append(i == 0 ? "\n" : ",\n");
            sb.Append("    { \"ruleId\": ").Append(Quote(e.RuleId))
              .Append(", \"path\": ").Append(Quote(e.Path))
              .Append(", \"question\": ").Append(Quote(e.Question))
              .Append(", \"fingerprint\": ").Append(Quote(e.Fingerprint))
              .Append(", \"count\": ").Append(e.Count.ToString(CultureInfo.InvariantCulture))
              .Append(", \"message\": ").Append(Quote(e.Message)).Append(" }");
        }
        sb.Append(Entries.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return sb.ToString();
    }

    private static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
