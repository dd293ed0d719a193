using System;
using System.Collections.Generic;

namespace EmpathyLint.Extraction;

/// <summary>
/// The exact extent of a start tag and of each attribute in the original text. AngleSharp tells where an
/// element starts; this re-reads the tag so that findings can point at the very attribute that causes them.
/// </summary>
public sealed class StartTag
{
    private readonly Dictionary<string, (int Start, int Length)> _attributes = new(StringComparer.OrdinalIgnoreCase);

    private StartTag(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }

    public bool TryGetAttribute(string name, out int start, out int length)
    {
        if (_attributes.TryGetValue(name, out var a))
        {
            start = a.Start;
            length = a.Length;
            return true;
        }
        start = Start;
        length = Length;
        return false;
    }

    /// <summary>Reads the start tag beginning at <paramref name="start"/> (the '&lt;'); null when there is none.</summary>
    public static StartTag? Read(string text, int start)
    {
        if (start < 0 || start >= text.Length || text[start] != '<') return null;
        var i = start + 1;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '>' && text[i] != '/') i++;
        var attributes = new List<(string, int, int)>();
        while (i < text.Length)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/')) i++;
            if (i >= text.Length) break;
            if (text[i] == '>')
            {
                i++;
                break;
            }
            var nameStart = i;
            // Attribute names may contain Razor's '@' and ':' ("@bind-Value:event"); they end at space, '=', '>' or '/'.
            while (i < text.Length && !IsSpace(text[i]) && text[i] != '=' && text[i] != '>' && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>')) i++;
            var name = text.Substring(nameStart, i - nameStart);
            var j = i;
            while (j < text.Length && IsSpace(text[j])) j++;
            if (j < text.Length && text[j] == '=')
            {
                j++;
                while (j < text.Length && IsSpace(text[j])) j++;
                if (j < text.Length && (text[j] == '"' || text[j] == '\''))
                {
                    var quote = text[j];
                    var close = text.IndexOf(quote, j + 1);
                    j = close < 0 ? text.Length : close + 1;
                }
                else
                {
                    while (j < text.Length && !IsSpace(text[j]) && text[j] != '>') j++;
                }
                i = j;
            }
            if (name.Length > 0) attributes.Add((name, nameStart, i - nameStart));
            if (i == nameStart) i++;
        }
        var tag = new StartTag(start, i - start);
        foreach (var (name, s, l) in attributes)
        {
            if (!tag._attributes.ContainsKey(name)) tag._attributes[name] = (s, l);
        }
        return tag;
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
