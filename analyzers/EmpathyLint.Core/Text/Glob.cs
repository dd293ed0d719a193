using System;
using System.Text;
using System.Text.RegularExpressions;

namespace EmpathyLint.Text;

/// <summary>
/// Path globs as in .gitignore-style configs: <c>**</c> any folders, <c>*</c> within a segment, <c>?</c> one character.
/// Written here rather than taken from Microsoft.Extensions.FileSystemGlobbing so the analyzer ships no extra assembly into the compiler host.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex(ToRegex(pattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    /// <summary>Matches a path with '/' separators; a pattern without '/' matches the file name in any folder.</summary>
    public bool IsMatch(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
        return _regex.IsMatch(normalized);
    }

    private static string ToRegex(string pattern)
    {
        var p = pattern.Replace('\\', '/').Trim();
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
        var anchored = p.StartsWith("/", StringComparison.Ordinal) || p.IndexOf('/') >= 0 && !p.StartsWith("**", StringComparison.Ordinal);
        p = p.TrimStart('/');
        var sb = new StringBuilder(anchored ? "^" : "(^|/)");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                i++;
                if (i + 1 < p.Length && p[i + 1] == '/')
                {
                    i++;
                    sb.Append("(.*/)?");
                }
                else
                {
                    sb.Append(".*");
                }
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        // "wwwroot/legacy" also covers everything below it.
        sb.Append("(/.*)?$");
        return sb.ToString();
    }
}
