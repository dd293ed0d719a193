using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Names;

/// <summary>
/// Judges a name field's validation pattern the only reliable way: by running it, as the browser, the
/// data annotation or the validator would, against real names. The verdict never depends on machine load:
/// patterns run on .NET's non-backtracking engine (linear in the input, the same matches), so no clock decides.
/// Only a pattern that engine cannot run (backreferences, lookarounds, atomic groups) or a host without it
/// (.NET Framework) falls back to the backtracking engine, guarded by a match timeout as a last resort; such a
/// timeout makes the field a needs-review finding. Verdicts are remembered per list of names (the
/// configuration's vocabulary), so they go away with it.
/// </summary>
public static class NamePatternJudge
{
    /// <summary>Last-resort guard for the backtracking fallback only; the non-backtracking engine needs none.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Patterns longer than this are not run (no hand-written name rule is this long): a person must look.</summary>
    public const int MaxPatternLength = 2000;

    /// <summary>RegexOptions.NonBacktracking (.NET 7+), named by value because Core targets netstandard2.0.</summary>
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    private const int CacheLimit = 1024;

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, ConcurrentDictionary<string, Verdict>> Verdicts = new();

    /// <summary>The outcome of running a pattern against the names.</summary>
    public sealed class Verdict
    {
        public Verdict(IReadOnlyList<string>? rejected, bool timedOut)
        {
            Rejected = rejected;
            TimedOut = timedOut;
        }

        /// <summary>The names the pattern rejects (empty when none), or null when there is no verdict.</summary>
        public IReadOnlyList<string>? Rejected { get; }

        /// <summary>True when the pattern compiled but could not be run against every name in time: a person must look.</summary>
        public bool TimedOut { get; }
    }

    /// <summary>
    /// The names the pattern rejects (empty when it accepts them all), or null when the pattern cannot be
    /// judged: it does not compile in its flavour (a browser then ignores it) or it timed out.
    /// </summary>
    public static IReadOnlyList<string>? RejectedNames(string pattern, PatternFlavor flavor, IReadOnlyList<string> names) =>
        Judge(pattern, flavor, names).Rejected;

    /// <summary>Runs (or recalls) the pattern against the names and says what it found, including whether it ran out of time.</summary>
    public static Verdict Judge(string pattern, PatternFlavor flavor, IReadOnlyList<string> names)
    {
        if (names.Count == 0) return new Verdict(null, timedOut: false);
        var key = Key(pattern, flavor);
        var verdicts = Verdicts.GetValue(names, _ => new ConcurrentDictionary<string, Verdict>(StringComparer.Ordinal));
        if (verdicts.TryGetValue(key, out var cached)) return cached;

        var verdict = Run(pattern, flavor, names);
        if (verdicts.Count >= CacheLimit) verdicts.Clear();
        verdicts[key] = verdict;
        return verdict;
    }

    /// <summary>Whether the pattern accepts one value, or null when it cannot say (no compile, timeout).</summary>
    public static bool? Accepts(string pattern, PatternFlavor flavor, string value)
    {
        var regex = Compile(pattern, flavor);
        if (regex is null) return null;
        try
        {
            return Accepts(regex, flavor, value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Verdict Run(string pattern, PatternFlavor flavor, IReadOnlyList<string> names)
    {
        var regex = Compile(pattern, flavor);
        // A pattern that does not compile in its flavour is ignored by the browser: it rejects nobody.
        if (regex is null) return new Verdict(null, timedOut: false);
        if (pattern.Length > MaxPatternLength) return new Verdict(null, timedOut: true);
        var rejected = new List<string>();
        try
        {
            foreach (var name in names)
            {
                if (Accepts(regex, flavor, name)) continue;
                // A typographic apostrophe (O’Connor) is often normalised before validation; the rule is
                // about patterns that turn the name itself away, so the straight-apostrophe spelling decides.
                var straight = name.Replace('\u2019', '\'');
                if (!ReferenceEquals(straight, name) && straight != name && Accepts(regex, flavor, straight)) continue;
                rejected.Add(name);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return new Verdict(null, timedOut: true);
        }
        return new Verdict(rejected, timedOut: false);
    }

    private static bool Accepts(Regex regex, PatternFlavor flavor, string value)
    {
        switch (flavor)
        {
            case PatternFlavor.ValidatorSearch:
                return regex.IsMatch(value);
            case PatternFlavor.AnnotationWholeValue:
                // As RegularExpressionAttribute does: the first match must cover the whole value.
                var match = regex.Match(value);
                return match.Success && match.Index == 0 && match.Length == value.Length;
            default:
                return regex.IsMatch(value);
        }
    }

    private static Regex? Compile(string pattern, PatternFlavor flavor)
    {
        var source = flavor == PatternFlavor.HtmlWholeValue ? HtmlSource(pattern) : pattern;
        if (source is null) return null;
        try
        {
            // Same syntax check as the backtracking engine: a pattern that does not compile there is invalid.
            var backtracking = new Regex(source, RegexOptions.CultureInvariant, MatchTimeout);
            try
            {
                return new Regex(source, RegexOptions.CultureInvariant | NonBacktracking);
            }
            catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
            {
                // Constructs the linear engine does not run, or a host without it.
                return backtracking;
            }
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The HTML standard compiles <c>^(?:pattern)$</c> with the v flag.</summary>
    private static string? HtmlSource(string pattern)
    {
        var translated = JavaScriptPattern.ToDotNet(pattern);
        return translated is null ? null : "^(?:" + translated + ")\\z";
    }

    private static string Key(string pattern, PatternFlavor flavor) => ((int)flavor).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0000" + pattern;
}
