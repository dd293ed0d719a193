using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EmpathyLint.Extraction.Razor;

/// <summary>A member path a Razor form binds, on the type the file says it belongs to, at the binding's offset.</summary>
internal sealed class MarkupBinding
{
    public MarkupBinding(string typeName, string memberPath, int start, int length)
    {
        TypeName = typeName;
        MemberPath = memberPath;
        Start = start;
        Length = length;
    }

    /// <summary>The type the path starts on: the <c>@model</c> type, or the declared type of the bound variable.</summary>
    public string TypeName { get; }

    /// <summary>"Email", or "Input.Email" when the first member is itself a model.</summary>
    public string MemberPath { get; }
    public int Start { get; }
    public int Length { get; }
}

/// <summary>
/// Finds, in a .cshtml or .razor text, which model members its forms bind, without projecting the file:
/// the question layer only needs "this form binds Type.Member here", for every Razor file of the scan
/// before any is judged. <c>asp-for</c> and <c>@Html.*For(m =&gt; m.X)</c> bind the <c>@model</c> type;
/// <c>@bind-Value="person.LastName"</c> and <c>EditForm Model</c> bind the declared type of the variable.
/// </summary>
internal static class MarkupBindingScanner
{
    private static readonly Regex ModelDirective = new(@"^[ \t\uFEFF]*@model[ \t]+(?<type>[A-Za-z_][\w.]*)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex Attribute = new(
        @"(?<![\w-])(?<name>asp-for|@bind-Value|@bind|@bind-value)\s*=\s*""@?\(?\s*(?<path>[A-Za-z_][\w.]*)",
        RegexOptions.CultureInvariant);

    private static readonly Regex Helper = new(@"Html\s*\.\s*(?<helper>\w+)For\s*\(\s*(?<p>[A-Za-z_]\w*)\s*=>\s*\k<p>\s*\.\s*(?<path>[A-Za-z_][\w.]*)", RegexOptions.CultureInvariant);

    private static readonly Regex EditForm = new(@"<EditForm\b[^>]*?\bModel\s*=\s*""@?(?<root>[A-Za-z_]\w*)""", RegexOptions.CultureInvariant);

    public static List<MarkupBinding> Scan(string text)
    {
        var bindings = new List<MarkupBinding>();
        var modelMatch = ModelDirective.Match(text);
        var modelType = modelMatch.Success ? LastSegment(modelMatch.Groups["type"].Value) : null;
        foreach (Match m in Attribute.Matches(text))
        {
            if (IsLabelOrMessage(text, m.Index)) continue;
            Add(text, m.Groups["path"], modelType, m.Groups["name"].Value == "asp-for", bindings);
        }
        foreach (Match m in Helper.Matches(text))
        {
            // Labels, validation messages, displays and hidden fields name a member but ask nothing.
            if (m.Groups["helper"].Value is "Label" or "ValidationMessage" or "Display" or "DisplayName" or "DisplayText" or "Hidden" or "Id" or "Name" or "Value" or "Description") continue;
            Add(text, m.Groups["path"], modelType, true, bindings);
        }
        foreach (Match m in EditForm.Matches(text))
        {
            // The EditForm's model is bound as a whole: its members are the form's questions when bound below.
            var root = m.Groups["root"];
            if (DeclaredType(text, root.Value) is { } type) bindings.Add(new MarkupBinding(type, "", root.Index, root.Length));
        }
        return bindings;
    }

    private static void Add(string text, Group path, string? modelType, bool onModel, List<MarkupBinding> into)
    {
        var value = path.Value.TrimEnd('.');
        if (value.StartsWith("Model.", StringComparison.Ordinal)) value = value.Substring(6);
        if (value.Length == 0) return;
        if (onModel && modelType is not null)
        {
            into.Add(new MarkupBinding(modelType, value, path.Index, path.Length));
            return;
        }
        var dot = value.IndexOf('.');
        var root = dot < 0 ? value : value.Substring(0, dot);
        var rest = dot < 0 ? "" : value.Substring(dot + 1);
        if (rest.Length > 0 && DeclaredType(text, root) is { } type) into.Add(new MarkupBinding(type, rest, path.Index, path.Length));
        else if (modelType is not null) into.Add(new MarkupBinding(modelType, value, path.Index, path.Length));
    }

    /// <summary>&lt;label asp-for&gt; and validation messages name a member but ask nothing.</summary>
    private static bool IsLabelOrMessage(string text, int attributeAt)
    {
        var open = text.LastIndexOf('<', attributeAt);
        if (open < 0 || attributeAt - open > 2000) return false;
        var end = open + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) end++;
        var tag = text.Substring(open + 1, end - open - 1);
        return tag.Equals("label", StringComparison.OrdinalIgnoreCase) || tag.Equals("span", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("Validation", StringComparison.Ordinal);
    }

    /// <summary>"Person person = new();", "private InputModel Input { get; set; }" → the type of a variable or property.</summary>
    private static string? DeclaredType(string text, string variable)
    {
        var m = Regex.Match(text, @"\b(?<type>[A-Z]\w*)\??\s+" + Regex.Escape(variable) + @"\s*(?:=|;|\{)", RegexOptions.CultureInvariant);
        return m.Success ? m.Groups["type"].Value : null;
    }

    private static string LastSegment(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name.Substring(dot + 1) : name;
    }
}
