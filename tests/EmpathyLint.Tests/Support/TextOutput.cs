using System.Text;
using System.Text.RegularExpressions;

namespace EmpathyLint.Tests.Support;

/// <summary>Reads the text format (file headers, then <c>line:col  severity  message  ruleId</c>) back into one compiler-style line per finding.</summary>
public static class TextOutput
{
    private static readonly Regex FindingLine = new(@"^  (\d+):(\d+)\s+(error|warning|info)\s+(.*?)  (EL\d{4})$");

    public static string AsCompilerLines(string text)
    {
        var lines = text.Replace("\r", "").Split('\n');
        var sb = new StringBuilder();
        string? file = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            var match = FindingLine.Match(line);
            if (match.Success)
            {
                Assert.NotNull(file);
                sb.Append($"{file}({match.Groups[1].Value},{match.Groups[2].Value}): {match.Groups[3].Value} {match.Groups[5].Value}: {match.Groups[4].Value}\n");
            }
            else if (i + 1 < lines.Length && FindingLine.IsMatch(lines[i + 1]))
            {
                file = line;
            }
            else
            {
                Assert.False(line.StartsWith("  ", StringComparison.Ordinal), $"not a finding line: {line}");
                sb.Append(line).Append('\n');
            }
        }
        return sb.ToString();
    }
}
