using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using EmpathyLint.Model;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// An MVC HTML helper call in markup (<c>@Html.TextBoxFor(m =&gt; m.Email, new { autocomplete = "email" })</c>):
/// which control it renders, the member it binds, and the HTML attributes it passes, each with its place.
/// </summary>
internal sealed class HtmlHelperCall
{
    private static readonly Regex Head = new(@"^Html\s*\.\s*(?<method>[A-Za-z]+)\s*(?:<[^>()]*>)?\s*\(", RegexOptions.CultureInvariant);

    private HtmlHelperCall(string method, int start, int length)
    {
        Method = method;
        Start = start;
        Length = length;
    }

    /// <summary>The method as written ("DropDownListFor").</summary>
    public string Method { get; }

    /// <summary>The whole expression, from the '@' to the closing parenthesis.</summary>
    public int Start { get; }
    public int Length { get; }

    /// <summary>The method without "For" ("DropDownList").</summary>
    public string Helper => Method.EndsWith("For", StringComparison.Ordinal) ? Method.Substring(0, Method.Length - 3) : Method;

    public List<(int Start, int Length)> Arguments { get; } = new();

    /// <summary>The bound member ("Input.Gender") for the *For helpers, or the name for the others.</summary>
    public string? Member { get; private set; }

    /// <summary>Where the member is named: the lambda or the name argument.</summary>
    public (int Start, int Length) MemberArgument { get; private set; }

    /// <summary>Attributes from the anonymous object (<c>new { @class = "x", data_purpose = "…" }</c>): name with '_' as '-', value, place.</summary>
    public Dictionary<string, (string Value, int Start, int Length)> HtmlAttributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Attribute names whose value is code, not a literal (placeholder = T("Common.Year").Text).</summary>
    public HashSet<string> CodeValuedAttributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FieldKind? Kind => Helper switch
    {
        "TextBox" or "Password" or "Editor" => FieldKind.Text,
        "TextArea" => FieldKind.TextArea,
        "DropDownList" or "ListBox" or "EnumDropDownList" => FieldKind.Select,
        "RadioButton" => FieldKind.RadioGroup,
        "CheckBox" => FieldKind.Checkbox,
        _ => null,
    };

    public bool IsLabel => Helper == "Label";

    /// <summary>The HTML input type the helper renders, when it is an &lt;input&gt;.</summary>
    public string? InputType => Helper switch
    {
        "Password" => "password",
        "RadioButton" => "radio",
        "CheckBox" => "checkbox",
        "TextBox" => HtmlAttributes.TryGetValue("type", out var t) ? t.Value.ToLowerInvariant() : "text",
        _ => null,
    };

    /// <summary>The id MVC generates: the member path with '.', '[' and ']' as '_', unless an id is given.</summary>
    public string? Id => HtmlAttributes.TryGetValue("id", out var id) ? id.Value : Member?.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    /// <summary>Parses the expression text[start, end) (after '@'); null when it is not an HTML helper call.</summary>
    public static HtmlHelperCall? Parse(string text, int atSign, int end)
    {
        var start = atSign + 1;
        var head = Head.Match(text.Substring(start, Math.Min(end - start, 200)));
        if (!head.Success) return null;
        var open = start + head.Length - 1;
        var close = CSharpText.MatchClose(text, open, end);
        if (close < 0) return null;
        var call = new HtmlHelperCall(head.Groups["method"].Value, atSign, end - atSign);
        call.Arguments.AddRange(CSharpText.SplitTopLevel(text, open + 1, close));
        call.ReadArguments(text);
        return call;
    }

    private void ReadArguments(string text)
    {
        if (Arguments.Count == 0) return;
        var first = Arguments[0];
        var firstText = text.Substring(first.Start, first.Length);
        MemberArgument = first;
        Member = Method.EndsWith("For", StringComparison.Ordinal) ? CSharpText.LambdaMember(firstText) : CSharpText.StringValue(firstText);
        for (var i = 1; i < Arguments.Count; i++)
        {
            var (s, l) = Arguments[i];
            var arg = text.Substring(s, l);
            if (Regex.IsMatch(arg, @"^new\s*\{")) ReadAnonymousObject(text, s, s + l);
        }
    }

    private void ReadAnonymousObject(string text, int start, int end)
    {
        var open = text.IndexOf('{', start);
        if (open < 0 || open >= end) return;
        var close = CSharpText.MatchClose(text, open, end);
        if (close < 0) return;
        foreach (var (s, l) in CSharpText.SplitTopLevel(text, open + 1, close))
        {
            var member = text.Substring(s, l);
            var eq = member.IndexOf('=');
            if (eq <= 0) continue;
            var name = member.Substring(0, eq).Trim().TrimStart('@').Replace('_', '-');
            var valueText = member.Substring(eq + 1).Trim();
            // EditorFor passes attributes as additionalViewData: new { htmlAttributes = new { … } }.
            if (string.Equals(name, "htmlAttributes", StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(valueText, @"^new\s*\{"))
            {
                ReadAnonymousObject(text, s + eq + 1, s + l);
                continue;
            }
            var literal = CSharpText.StringValue(valueText);
            if (literal is null && !Regex.IsMatch(valueText, @"^(?:-?\d+|true|false)$")) CodeValuedAttributes.Add(name);
            HtmlAttributes[name] = (literal ?? valueText, s, l);
        }
    }

    /// <summary>The first string literal argument after the member (LabelFor's text, DropDownListFor's option label, RadioButtonFor's value).</summary>
    public (string Value, int Start, int Length)? StringArgument(string text, int from = 1)
    {
        for (var i = from; i < Arguments.Count; i++)
        {
            var (s, l) = Arguments[i];
            if (CSharpText.StringValue(text.Substring(s, l)) is { } value) return (value, s, l);
        }
        return null;
    }
}
