using System;
using System.Security.Cryptography;
using System.Text;

namespace EmpathyLint.Model;

/// <summary>
/// A finding's identity that survives line moves: rule, file and question (or, for findings about no single question,
/// the message). The CLI's baseline and SARIF partialFingerprints and the analyzer's baseline all use this one function.
/// </summary>
public static class Fingerprint
{
    public const string SarifKey = "empathylint/v1";

    public static string Of(Finding finding) => Of(finding.RuleId, finding.Path, finding.Question ?? finding.Message);

    /// <param name="path">The file's path relative to the baseline's folder, with '/' separators.</param>
    public static string Of(string ruleId, string path, string question)
    {
        var text = ruleId.ToUpperInvariant() + "\n" + path.Replace('\\', '/') + "\n" + question.Trim().ToLowerInvariant();
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var sb = new StringBuilder(32);
        for (var i = 0; i < 16; i++) sb.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
