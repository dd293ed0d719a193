using System;
using System.Collections.Generic;
using System.Text;
using EmpathyLint.Text;

namespace EmpathyLint.Vocabularies;

/// <summary>A phrase found in a run of words.</summary>
public readonly struct PhraseMatch
{
    public PhraseMatch(string key, int startWord, int endWord, int length)
    {
        Key = key;
        StartWord = startWord;
        EndWord = endWord;
        Length = length;
    }

    /// <summary>What the phrase stands for (a concept id, a subject category …).</summary>
    public string Key { get; }
    public int StartWord { get; }

    /// <summary>Exclusive.</summary>
    public int EndWord { get; }

    /// <summary>Characters matched; longer, more specific phrases win.</summary>
    public int Length { get; }

    public bool Overlaps(PhraseMatch other) => StartWord < other.EndWord && other.StartWord < EndWord;
}

/// <summary>
/// Finds known phrases in a run of words. Phrases are compared with their spaces removed, so
/// "date of birth", "date_of_birth", "dateofbirth" and the German compound "geburtsdatum" all
/// work, but a match always starts and ends on word boundaries.
/// </summary>
public sealed class PhraseIndex
{
    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _allKeys = new(StringComparer.Ordinal);
    private int _longest;

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase; the first key given for a phrase is kept, so built-in data wins over duplicates.</summary>
    public void Add(string phrase, string key, bool replace = false)
    {
        var compact = Compact(phrase);
        if (compact.Length == 0) return;
        if (replace || !_phrases.ContainsKey(compact)) _phrases[compact] = key;
        if (!_allKeys.TryGetValue(compact, out var keys)) _allKeys[compact] = keys = new List<string>();
        if (!keys.Contains(key)) keys.Add(key);
        if (compact.Length > _longest) _longest = compact.Length;
    }

    public static string Compact(string phrase) => string.Concat(Words.OfText(phrase));

    public bool TryGetWhole(IReadOnlyList<string> words, out string key)
    {
        key = "";
        if (words.Count == 0) return false;
        return _phrases.TryGetValue(string.Concat(words), out key!);
    }

    /// <summary>Every key a whole run of words stands for ("frau" is both female and a title), first-added first.</summary>
    public IReadOnlyList<string> AllKeysOfWhole(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return Array.Empty<string>();
        return _allKeys.TryGetValue(string.Concat(words), out var keys) ? keys : (IReadOnlyList<string>)Array.Empty<string>();
    }

    public List<PhraseMatch> FindAll(IReadOnlyList<string> words)
    {
        var matches = new List<PhraseMatch>();
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            sb.Clear();
            for (var j = i; j < words.Count; j++)
            {
                sb.Append(words[j]);
                if (sb.Length > _longest) break;
                if (_phrases.TryGetValue(sb.ToString(), out var key)) matches.Add(new PhraseMatch(key, i, j + 1, sb.Length));
            }
        }
        return matches;
    }

    /// <summary>The longest match, or null.</summary>
    public PhraseMatch? Best(IReadOnlyList<string> words)
    {
        PhraseMatch? best = null;
        foreach (var m in FindAll(words))
        {
            if (best is null || m.Length > best.Value.Length) best = m;
        }
        return best;
    }
}
