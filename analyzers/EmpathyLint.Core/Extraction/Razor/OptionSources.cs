using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// The answers a C# expression supplies (<c>asp-items</c>, a <c>DropDownListFor</c> list, a <c>@foreach</c>
/// collection): an enum's members when the enum is among the scanned sources, the strings of a literal
/// list, or nothing (null) when the scan cannot see them. Never guesses.
/// </summary>
internal static class OptionSources
{
    private static readonly Regex EnumSource = new(
        @"(?:Enum\s*\.\s*Get(?:Values|Names)|Html\s*\.\s*GetEnumSelectList)\s*(?:<\s*(?<type>[\w.]+)\s*>\s*\(\s*\)|\(\s*typeof\s*\(\s*(?<type>[\w.]+)\s*\)\s*\))",
        RegexOptions.CultureInvariant);

    private static readonly Regex HarmlessSuffix = new(@"^(?:\s*\.\s*(?:Cast|OfType)\s*<[^>]*>\s*\(\s*\)|\s*\.\s*(?:ToList|ToArray|AsEnumerable)\s*\(\s*\))*", RegexOptions.CultureInvariant);

    private static readonly Regex CollectionStart = new(
        @"(?:new\s*(?:[\w.]+\s*(?:<[^>{}]*>)?\s*)?\[\s*\]\s*\{|new\s+[\w.]+\s*<[^>{}]*>\s*(?:\(\s*\))?\s*\{|(?<![\w\]\)])\[)",
        RegexOptions.CultureInvariant);

    private static readonly Regex ItemHead = new(@"^new\s*(?:[\w.]*SelectListItem)?\s*(?<args>\((?:[^()""]|""(?:[^""\\]|\\.)*"")*\))?\s*(?<init>\{.*\})?\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex MemberPath = new(@"^@?\s*(?<path>[A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_]\w*)*)\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Options from the code text[start, start+length); <paramref name="enumSpan"/> is where enum-derived
    /// options are reported. Null when the options are not knowable from the scanned sources.
    /// </summary>
    public static List<FieldOption>? Resolve(FormDocument document, int start, int length, SourceSpan enumSpan, ProjectContext project)
    {
        var text = document.Text;
        var code = text.Substring(start, length);

        var enumMatch = EnumSource.Match(code);
        if (enumMatch.Success)
        {
            var rest = code.Substring(enumMatch.Index + enumMatch.Length);
            rest = rest.Substring(HarmlessSuffix.Match(rest).Length).TrimStart();
            // "Enum.GetValues<Gender>().Where(…)" filters the members: what is left cannot be known here.
            if (rest.Length > 0 && rest[0] == '.') return null;
            return EnumOptions(LastSegment(enumMatch.Groups["type"].Value), enumSpan, project);
        }

        var collection = CollectionStart.Match(code);
        if (collection.Success)
        {
            var open = start + collection.Index + collection.Length - 1;
            return Literal(document, open);
        }

        var member = MemberPath.Match(code.Trim().TrimStart('(').TrimEnd(')'));
        if (member.Success)
        {
            var path = Regex.Replace(member.Groups["path"].Value, @"\s", "");
            var last = LastSegment(path);
            if (project.Members.TryGetValue(last, out var facts) && facts.MemberType is { } type)
            {
                foreach (Match token in Regex.Matches(type, @"[A-Za-z_]\w*"))
                {
                    if (project.Enums.ContainsKey(token.Value)) return EnumOptions(token.Value, enumSpan, project);
                }
            }
            // A list declared in this file's own code: "string[] sources = ["Search engine", …];".
            if (path.IndexOf('.') < 0)
            {
                var declaration = new Regex(@"\b" + Regex.Escape(path) + @"\s*=\s*(?!=)").Match(text);
                if (declaration.Success)
                {
                    var at = declaration.Index + declaration.Length;
                    var window = text.Substring(at, Math.Min(200, text.Length - at));
                    var local = CollectionStart.Match(window);
                    if (local.Success && local.Index == 0) return Literal(document, at + local.Length - 1);
                }
            }
        }
        return null;
    }

    public static List<FieldOption>? EnumOptions(string enumName, SourceSpan span, ProjectContext project)
    {
        if (!project.Enums.TryGetValue(enumName, out var members)) return null;
        return members.Select(m => new FieldOption(m, string.Join(" ", Words.OfIdentifier(m)), span)).ToList();
    }

    /// <summary>A literal collection whose opening '{' or '[' is at <paramref name="open"/>: strings, or SelectListItems with literal text.</summary>
    private static List<FieldOption>? Literal(FormDocument document, int open)
    {
        var text = document.Text;
        var close = CSharpText.MatchClose(text, open);
        if (close < 0) return null;
        var options = new List<FieldOption>();
        foreach (var (s, l) in CSharpText.SplitTopLevel(text, open + 1, close))
        {
            var element = text.Substring(s, l);
            if (CSharpText.StringValue(element) is { } value)
            {
                options.Add(new FieldOption(value, value, document.Span(s, l)));
                continue;
            }
            var item = ItemHead.Match(element);
            if (!item.Success) return null;
            string? label = null;
            string? itemValue = null;
            if (item.Groups["args"].Success)
            {
                var args = item.Groups["args"];
                var parts = CSharpText.SplitTopLevel(text, s + args.Index + 1, s + args.Index + args.Length - 1);
                if (parts.Count > 0) label = CSharpText.StringValue(text.Substring(parts[0].Start, parts[0].Length));
                if (parts.Count > 1) itemValue = CSharpText.StringValue(text.Substring(parts[1].Start, parts[1].Length));
            }
            if (item.Groups["init"].Success)
            {
                var init = item.Groups["init"];
                foreach (var (ps, pl) in CSharpText.SplitTopLevel(text, s + init.Index + 1, s + init.Index + init.Length - 1))
                {
                    var assignment = text.Substring(ps, pl);
                    var eq = assignment.IndexOf('=');
                    if (eq <= 0) continue;
                    var name = assignment.Substring(0, eq).Trim();
                    var v = CSharpText.StringValue(assignment.Substring(eq + 1));
                    if (name == "Text") label = v;
                    else if (name == "Value") itemValue = v;
                }
            }
            if (label is null) return null;
            options.Add(new FieldOption(itemValue ?? label, label, document.Span(s, l)) { IsPlaceholder = itemValue is { Length: 0 } });
        }
        return options;
    }

    private static string LastSegment(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot >= 0 ? path.Substring(dot + 1) : path;
    }
}
