using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EmpathyLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Vocabularies;

/// <summary>What is wrong with an autocomplete attribute, and what to write instead when that is obvious.</summary>
public sealed class AutofillProblem
{
    public AutofillProblem(string token, string problem, string? suggestion)
    {
        Token = token;
        Problem = problem;
        Suggestion = suggestion;
    }

    /// <summary>The first token that breaks the grammar, as written (lower case).</summary>
    public string Token { get; }

    /// <summary>Why, in words ("is not an autofill token in the HTML standard").</summary>
    public string Problem { get; }

    /// <summary>The token to write instead, or null.</summary>
    public string? Suggestion { get; }
}

/// <summary>
/// The tokens of the WHATWG autocomplete grammar, read from <c>rules/vocabulary/autofill-tokens.yaml</c>:
/// <c>on</c> | <c>off</c> | [section-*] [shipping|billing] ([home|work|mobile|fax|pager] contact-field | field) [webauthn].
/// The grammar's shape is fixed by the standard; the token lists and the suggestions for common mistakes are data.
/// </summary>
public sealed class AutofillTokens
{
    public HashSet<string> FieldNames { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ContactFieldNames { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ContactTypes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AddressScopes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> CredentialTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Common invented or misspelt tokens and the valid token that means the same ("dob" → "bday"), keyed by letters and digits only.</summary>
    public Dictionary<string, string> Suggestions { get; } = new(StringComparer.Ordinal);

    public const string SectionPrefix = "section-";

    public bool IsEmpty => FieldNames.Count == 0 && ContactFieldNames.Count == 0;

    public void AddYaml(YamlMappingNode map, string path)
    {
        foreach (var entry in map.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value;
            switch (key)
            {
                case "fieldNames": AddAll(FieldNames, YamlDoc.Strings(entry.Value, path, key)); break;
                case "contactFieldNames": AddAll(ContactFieldNames, YamlDoc.Strings(entry.Value, path, key)); break;
                case "contactTypes": AddAll(ContactTypes, YamlDoc.Strings(entry.Value, path, key)); break;
                case "addressScopes": AddAll(AddressScopes, YamlDoc.Strings(entry.Value, path, key)); break;
                case "credentialTokens": AddAll(CredentialTokens, YamlDoc.Strings(entry.Value, path, key)); break;
                case "suggestions":
                    foreach (var pair in YamlDoc.Mapping(entry.Value, path, "autofill suggestions").Children)
                    {
                        var wrong = (pair.Key as YamlScalarNode)?.Value;
                        var right = (pair.Value as YamlScalarNode)?.Value;
                        if (string.IsNullOrWhiteSpace(wrong) || string.IsNullOrWhiteSpace(right)) throw YamlDoc.Problem(pair.Key, path, "expected 'wrong-token: right-token'");
                        Suggestions[Compact(wrong!)] = right!.Trim().ToLowerInvariant();
                    }
                    break;
                default:
                    throw YamlDoc.Problem(entry.Key, path, $"unknown autofill list '{key}' (expected fieldNames, contactFieldNames, contactTypes, addressScopes, credentialTokens or suggestions)");
            }
        }
    }

    public void AddFrom(AutofillTokens other)
    {
        AddAll(FieldNames, other.FieldNames);
        AddAll(ContactFieldNames, other.ContactFieldNames);
        AddAll(ContactTypes, other.ContactTypes);
        AddAll(AddressScopes, other.AddressScopes);
        AddAll(CredentialTokens, other.CredentialTokens);
        foreach (var pair in other.Suggestions) Suggestions[pair.Key] = pair.Value;
    }

    private const string OutOfOrder = "is out of order (the order is section-*, shipping/billing, home/work/mobile/fax/pager, field name, webauthn)";

    private bool IsModifier(string token) =>
        ContactTypes.Contains(token) || AddressScopes.Contains(token) || CredentialTokens.Contains(token) || token.StartsWith(SectionPrefix, StringComparison.Ordinal);

    public bool IsFieldName(string token) => FieldNames.Contains(token) || ContactFieldNames.Contains(token);

    /// <summary>Checks an attribute value against the grammar; null when it is valid (or empty, or written in code).</summary>
    public AutofillProblem? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || IsEmpty) return null;
        // A Razor expression (autocomplete="@token") is decided at run time.
        if (value!.IndexOf('@') >= 0) return null;
        var tokens = value.Trim().ToLowerInvariant().Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1 && tokens[0] is "on" or "off") return null;

        var i = tokens.Length - 1;
        if (CredentialTokens.Contains(tokens[i]))
        {
            if (i == 0) return new AutofillProblem(tokens[i], "must follow a field name (for example \"username " + tokens[i] + "\")", null);
            i--;
        }
        var field = tokens[i];
        if (field is "on" or "off") return new AutofillProblem(field, "must stand alone", null);
        if (!IsFieldName(field))
        {
            return IsModifier(field)
                ? new AutofillProblem(field, OutOfOrder, null)
                : new AutofillProblem(field, "is not an autofill field name in the HTML standard", Suggest(field));
        }
        i--;
        if (i >= 0 && ContactFieldNames.Contains(field) && ContactTypes.Contains(tokens[i])) i--;
        if (i >= 0 && AddressScopes.Contains(tokens[i])) i--;
        if (i >= 0 && tokens[i].StartsWith(SectionPrefix, StringComparison.Ordinal) && tokens[i].Length > SectionPrefix.Length) i--;
        if (i < 0) return null;

        var stray = tokens[i];
        if (stray is "on" or "off") return new AutofillProblem(stray, "must stand alone", null);
        if (ContactTypes.Contains(stray)) return new AutofillProblem(stray, "only goes before a telephone, email or impp field name", null);
        if (IsModifier(stray) || IsFieldName(stray)) return new AutofillProblem(stray, OutOfOrder, null);
        return new AutofillProblem(stray, "is not an autofill token in the HTML standard", Suggest(stray));
    }

    /// <summary>The listed correction, or the field name it spells without punctuation ("given_name", "givenname" → "given-name").</summary>
    public string? Suggest(string token)
    {
        var compact = Compact(token);
        if (compact.Length == 0) return null;
        if (Suggestions.TryGetValue(compact, out var listed)) return listed;
        return FieldNames.Concat(ContactFieldNames).FirstOrDefault(name => Compact(name) == compact);
    }

    private static string Compact(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static void AddAll(HashSet<string> set, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            var token = item.Trim().ToLowerInvariant();
            if (token.Length > 0) set.Add(token);
        }
    }
}
