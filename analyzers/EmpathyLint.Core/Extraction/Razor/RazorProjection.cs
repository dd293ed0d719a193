using System.Collections.Generic;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// A Razor file seen as HTML: <see cref="Markup"/> has the source's exact length, with every C# region
/// replaced by spaces (line breaks kept), so any offset in it is the same offset in the original file.
/// The lists keep what the blanked code said that matters to forms.
/// </summary>
public sealed class RazorProjection
{
    internal RazorProjection(string markup)
    {
        Markup = markup;
    }

    public string Markup { get; }

    /// <summary>The type named by <c>@model</c>, when there is one: "Type.Member" facts are looked up with it.</summary>
    public string? ModelType { get; internal set; }

    /// <summary>Razor comments (<c>@* … *@</c>), which may carry directives.</summary>
    public List<TextRegion> Comments { get; } = new();

    /// <summary>The inside of <c>@code { }</c> and <c>@functions { }</c> blocks: C# members (models, enums) for the C# reader.</summary>
    public List<TextRegion> CodeBlocks { get; } = new();

    /// <summary><c>@Html.TextBoxFor(…)</c> and friends, projected as a placeholder control.</summary>
    public List<TextRegion> HelperCalls { get; } = new();

    /// <summary><c>@Localizer["Key"]</c>, <c>@T("Key")</c> …: the key's characters are kept in the markup.</summary>
    public List<LocalizedText> LocalizedTexts { get; } = new();

    /// <summary><c>foreach</c>/<c>for</c>/<c>while</c> loops whose bodies render markup.</summary>
    public List<CodeLoop> Loops { get; } = new();

    /// <summary><c>@using (Html.BeginForm(…)) { … }</c>: a form without a &lt;form&gt; tag in the source.</summary>
    public List<CodeLoop> HelperForms { get; } = new();
}

/// <summary>A region of the original text; <see cref="Text"/> is what it holds (a comment's inside, a call's code).</summary>
public sealed class TextRegion
{
    public TextRegion(int start, int length, string text)
    {
        Start = start;
        Length = length;
        Text = text;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public string Text { get; }
}

/// <summary>A localised text: the whole expression and the key literal's inside, both as offsets in the original.</summary>
public sealed class LocalizedText
{
    public LocalizedText(int start, int length, int keyStart, string key)
    {
        Start = start;
        Length = length;
        KeyStart = keyStart;
        Key = key;
    }

    public int Start { get; }
    public int Length { get; }
    public int KeyStart { get; }
    public string Key { get; }
}

/// <summary>A statement with a header and a braced body: a loop, or a <c>using (Html.BeginForm())</c> block.</summary>
public sealed class CodeLoop
{
    public CodeLoop(string keyword, TextRegion header, int bodyStart, int bodyEnd)
    {
        Keyword = keyword;
        Header = header;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
    }

    public string Keyword { get; }

    /// <summary>The code between the parentheses ("var g in Enum.GetValues&lt;Gender&gt;()").</summary>
    public TextRegion Header { get; }
    public int BodyStart { get; }
    public int BodyEnd { get; }

    public bool Contains(int offset) => offset > BodyStart && offset < BodyEnd;
}
