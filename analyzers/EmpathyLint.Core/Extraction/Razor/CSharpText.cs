using System;
using System.Collections.Generic;
using System.Text;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// Just enough C# lexing to step over code safely: strings (regular, verbatim, interpolated, raw), char
/// literals and comments, so that a '}' , ')' or '&lt;' inside them never ends a block or starts markup.
/// </summary>
internal static class CSharpText
{
    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>True when a string or char literal (with its prefixes) starts at <paramref name="i"/>.</summary>
    public static bool StartsLiteral(string s, int i)
    {
        var c = s[i];
        if (c == '"' || c == '\'') return true;
        var j = i;
        while (j < s.Length && (s[j] == '$' || s[j] == '@') && j - i < 4) j++;
        return j > i && j < s.Length && s[j] == '"' && (j - i == 1 || s.Substring(i, j - i).IndexOf('$') >= 0);
    }

    /// <summary>Index just after the literal starting at <paramref name="i"/>; never past the text.</summary>
    public static int SkipLiteral(string s, int i)
    {
        var n = s.Length;
        if (s[i] == '\'') return SkipQuoted(s, i + 1, '\'');
        var dollars = 0;
        var verbatim = false;
        while (i < n && (s[i] == '$' || s[i] == '@'))
        {
            if (s[i] == '$') dollars++;
            else verbatim = true;
            i++;
        }
        if (i >= n) return n;
        var quotes = 0;
        while (i + quotes < n && s[i + quotes] == '"') quotes++;
        if (quotes >= 3)
        {
            // Raw string literal: ends at the same run of quotes.
            var close = s.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            return close < 0 ? n : close + quotes;
        }
        i++;
        while (i < n)
        {
            var c = s[i];
            if (verbatim)
            {
                if (c == '"')
                {
                    if (i + 1 < n && s[i + 1] == '"') { i += 2; continue; }
                    return i + 1;
                }
            }
            else
            {
                if (c == '\\') { i += 2; continue; }
                if (c == '"') return i + 1;
                if (c == '\n' || c == '\r') return i; // unterminated: stop at the line end
            }
            if (dollars > 0 && c == '{')
            {
                if (i + 1 < n && s[i + 1] == '{') { i += 2; continue; }
                i = SkipHole(s, i + 1);
                continue;
            }
            i++;
        }
        return n;
    }

    private static int SkipQuoted(string s, int i, char quote)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\') { i += 2; continue; }
            if (c == quote) return i + 1;
            if (c == '\n' || c == '\r') return i;
            i++;
        }
        return s.Length;
    }

    /// <summary>Steps over an interpolation hole's code up to and including its closing brace.</summary>
    private static int SkipHole(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (StartsLiteral(s, i)) { i = SkipLiteral(s, i); continue; }
            if (c == '{') depth++;
            else if (c == '}')
            {
                if (depth == 0) return i + 1;
                depth--;
            }
            i++;
        }
        return s.Length;
    }

    /// <summary>Index just after a comment starting at <paramref name="i"/> ("//" to the line end, "/* */"), or -1 when none starts there.</summary>
    public static int SkipComment(string s, int i)
    {
        if (i + 1 >= s.Length || s[i] != '/') return -1;
        if (s[i + 1] == '/')
        {
            var j = i + 2;
            while (j < s.Length && s[j] != '\n' && s[j] != '\r') j++;
            return j;
        }
        if (s[i + 1] == '*')
        {
            var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + 2;
        }
        return -1;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, skipping literals and comments; -1 when unbalanced.</summary>
    public static int MatchClose(string s, int open) => MatchClose(s, open, s.Length);

    public static int MatchClose(string s, int open, int limit)
    {
        var stack = new Stack<char>();
        var i = open;
        while (i < limit)
        {
            var c = s[i];
            if (StartsLiteral(s, i)) { i = SkipLiteral(s, i); continue; }
            var comment = SkipComment(s, i);
            if (comment >= 0) { i = comment; continue; }
            if (c == '(' || c == '[' || c == '{') stack.Push(c == '(' ? ')' : c == '[' ? ']' : '}');
            else if (c == ')' || c == ']' || c == '}')
            {
                if (stack.Count == 0 || stack.Peek() != c) return -1;
                stack.Pop();
                if (stack.Count == 0) return i;
            }
            i++;
        }
        return -1;
    }

    /// <summary>Top-level comma-separated parts of <paramref name="s"/>[start, end), as (start, length) trimmed of white space.</summary>
    public static List<(int Start, int Length)> SplitTopLevel(string s, int start, int end, char separator = ',')
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var partStart = start;
        var i = start;
        while (i < end)
        {
            var c = s[i];
            if (StartsLiteral(s, i)) { i = Math.Min(SkipLiteral(s, i), end); continue; }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == '<' && depth >= 0 && LooksGeneric(s, i, end)) { i = s.IndexOf('>', i) + 1; continue; }
            else if (c == separator && depth == 0)
            {
                AddTrimmed(s, partStart, i, parts);
                partStart = i + 1;
            }
            i++;
        }
        AddTrimmed(s, partStart, end, parts);
        return parts;
    }

    /// <summary>"Dictionary&lt;string, int&gt;" in an argument list must not split at its comma.</summary>
    private static bool LooksGeneric(string s, int i, int end)
    {
        if (i == 0 || !IsIdentifierPart(s[i - 1])) return false;
        var close = s.IndexOf('>', i);
        if (close < 0 || close >= end) return false;
        for (var j = i + 1; j < close; j++)
        {
            var c = s[j];
            if (!(IsIdentifierPart(c) || c == ',' || c == '.' || c == ' ' || c == '?' || c == '[' || c == ']' || c == '<')) return false;
        }
        return true;
    }

    private static void AddTrimmed(string s, int start, int end, List<(int, int)> into)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        if (end > start) into.Add((start, end - start));
    }

    /// <summary>The value of a C# string literal that is exactly <paramref name="text"/> (regular or verbatim, no interpolation); null otherwise.</summary>
    public static string? StringValue(string text)
    {
        var t = text.Trim();
        if (t.Length >= 3 && t[0] == '@' && t[1] == '"' && t[t.Length - 1] == '"')
        {
            var inner = t.Substring(2, t.Length - 3);
            return inner.Replace("\"\"", "\"");
        }
        if (t.Length < 2 || t[0] != '"' || t[t.Length - 1] != '"') return null;
        var sb = new StringBuilder();
        for (var i = 1; i < t.Length - 1; i++)
        {
            var c = t[i];
            if (c == '"') return null;
            if (c == '\\' && i + 1 < t.Length - 1)
            {
                var e = t[++i];
                sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The member path a lambda names: "m => m.Input.Gender" → "Input.Gender"; "() => model.Dob" → "model.Dob".</summary>
    public static string? LambdaMember(string text)
    {
        var arrow = text.IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0) return null;
        var parameter = text.Substring(0, arrow).Trim().Trim('(', ')').Trim();
        var body = text.Substring(arrow + 2).Trim();
        if (parameter.Length > 0 && body.StartsWith(parameter + ".", StringComparison.Ordinal)) body = body.Substring(parameter.Length + 1);
        body = body.Replace(" ", "").Replace("\t", "").Replace("\r", "").Replace("\n", "");
        foreach (var c in body)
        {
            if (!(IsIdentifierPart(c) || c == '.' || c == '[' || c == ']' || c == '!' || c == '?')) return null;
        }
        return body.Replace("!", "").Replace("?", "");
    }
}
