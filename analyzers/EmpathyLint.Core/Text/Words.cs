using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Humanizer;

namespace EmpathyLint.Text;

/// <summary>
/// Turns labels and identifiers into comparable words: lower case, accents removed, identifiers split
/// ("DateOfBirth", "date_of_birth", "Input.DateOfBirth" all become "date of birth").
/// </summary>
public static class Words
{
    private static volatile bool _humanizerUnavailable;

    /// <summary>Words of free text (a label, a hint, an option).</summary>
    public static List<string> OfText(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var folded = Fold(text!);
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c == '\'' || c == '\u2019' || c == '\u02BC')
            {
                // "mother's" and "mothers" meet; the okina-like marks stay inside names.
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>Words of an identifier (a name, id, bound member or enum member).</summary>
    public static List<string> OfIdentifier(string? identifier)
    {
        if (string.IsNullOrEmpty(identifier)) return new List<string>();
        var words = new List<string>();
        // Member paths ("Input.Gender", "model.Person.DateOfBirth") and array syntax are split first.
        foreach (var part in identifier!.Split(new[] { '.', '[', ']', '-', '_', ' ', ':', '/', '$', '@' }, StringSplitOptions.RemoveEmptyEntries))
        {
            words.AddRange(OfText(Humanize(part)));
        }
        return words;
    }

    private static string Humanize(string part)
    {
        if (!_humanizerUnavailable)
        {
            try
            {
                return HumanizeWithLibrary(part);
            }
            catch (Exception)
            {
                // A host may load another Humanizer; a skewed or missing copy must never break a scan.
                _humanizerUnavailable = true;
            }
        }
        return SplitCamelCase(part);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string HumanizeWithLibrary(string part) => part.Humanize(LetterCasing.LowerCase);

    /// <summary>The same splitting Humanizer does for identifiers, used only when Humanizer cannot load.</summary>
    internal static string SplitCamelCase(string part)
    {
        var sb = new StringBuilder(part.Length + 8);
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (i > 0 && char.IsUpper(c))
            {
                var prev = part[i - 1];
                var nextIsLower = i + 1 < part.Length && char.IsLower(part[i + 1]);
                if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower)) sb.Append(' ');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Lower case with combining marks removed; "ß" stays, "É" becomes "e".</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Text made of its words joined by single spaces, for whole-label comparisons.</summary>
    public static string Normalize(string? text) => string.Join(" ", OfText(text));
}
