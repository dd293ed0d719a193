using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// Turns a .cshtml or .razor file into HTML of the same length: every C# region becomes spaces (line
/// breaks kept), so offsets, lines and columns in the projection are those of the original file and the
/// HTML extractor can read the markup as it stands.
/// </summary>
/// <remarks>
/// Why not Microsoft.AspNetCore.Razor.Language: its syntax tree API is internal, and the analyzer would
/// have to load it inside the compiler host next to the host's own Razor compiler (a version skew there
/// breaks the build). Forms need far less than a full Razor parse: where markup is, where code is, and a
/// few facts from the code (HTML helpers, localised keys, loops). This follows Razor's own transition
/// rules: '@' starts code in markup; inside a code block a '&lt;tag' at a statement start (or '@:' or
/// '&lt;text&gt;') is markup until that tag closes; C# literals and comments are stepped over so that a '}'
/// or '&lt;' inside them never ends a block or starts markup.
/// </remarks>
public sealed class RazorProjector
{
    private static readonly HashSet<string> Directives = new(StringComparer.Ordinal)
    {
        "page", "model", "using", "inject", "inherits", "layout", "attribute", "namespace", "implements",
        "rendermode", "typeparam", "addTagHelper", "removeTagHelper", "tagHelperPrefix", "preservewhitespace",
    };

    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal) { "if", "for", "foreach", "while", "switch", "using", "lock", "try", "do" };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> DefaultLocalizers = new(StringComparer.Ordinal) { "Localizer", "SharedLocalizer", "ViewLocalizer", "HtmlLocalizer", "L", "T" };

    private static readonly Regex LocalizerCall = new(
        @"^(?<root>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\.\s*Get(?:String|Html)\s*)?[\[(]\s*(?<key>""(?:[^""\\\r\n]|\\.)*""|@""(?:[^""]|"""")*"")",
        RegexOptions.CultureInvariant);

    private static readonly Regex InjectedLocalizer = new(@"^inject\s+[\w.]*(?:Localizer|Localiser)\b(?:<[^>]*>)?\s+(?<name>[A-Za-z_]\w*)", RegexOptions.CultureInvariant);

    private static readonly Regex BeginForm = new(@"^\s*(?:Html|Ajax)\s*\.\s*Begin(?:Route)?Form\s*\(", RegexOptions.CultureInvariant);

    /// <summary>U+2063 INVISIBLE SEPARATOR: brackets a kept localisation key in the projection; not white space, so it survives text collapsing.</summary>
    public const char LocalizedMark = '\u2063';

    private readonly string _src;
    private readonly char[] _out;
    private readonly int _n;
    private readonly RazorProjection _result;
    private readonly HashSet<string> _localizers = new(DefaultLocalizers, StringComparer.Ordinal);

    /// <summary>
    /// Deepest nesting of code blocks, statements and markup inside code that is read. The scanner recurses once per
    /// level; a limit keeps a file of thousands of "@{" or "@if (…) {" from overflowing the stack (which in a build
    /// takes the compiler server down). Hand-written pages stay within a few dozen levels.
    /// </summary>
    public const int MaxNesting = 1000;

    private int _nesting;

    private RazorProjector(string source)
    {
        _src = source;
        _n = source.Length;
        _out = source.ToCharArray();
        _result = new RazorProjection("");
    }

    public static RazorProjection Project(string source)
    {
        var projector = new RazorProjector(source);
        projector.FindInjectedLocalizers();
        projector.ScanMarkup(0, stopTag: null, stopOnBrace: false, stopAtLineEnd: false);
        var projection = new RazorProjection(new string(projector._out));
        var r = projector._result;
        projection.Comments.AddRange(r.Comments);
        projection.CodeBlocks.AddRange(r.CodeBlocks);
        projection.HelperCalls.AddRange(r.HelperCalls);
        projection.LocalizedTexts.AddRange(r.LocalizedTexts);
        projection.Loops.AddRange(r.Loops);
        projection.HelperForms.AddRange(r.HelperForms);
        projection.ModelType = r.ModelType;
        return projection;
    }

    /// <summary>"@inject IStringLocalizer&lt;Shared&gt; Loc" makes Loc["…"] a localised text, wherever it is used.</summary>
    private void FindInjectedLocalizers()
    {
        var index = 0;
        while ((index = _src.IndexOf("@inject", index, StringComparison.Ordinal)) >= 0)
        {
            var lineEnd = LineEnd(index);
            var m = InjectedLocalizer.Match(_src.Substring(index + 1, lineEnd - index - 1));
            if (m.Success) _localizers.Add(m.Groups["name"].Value);
            index = lineEnd;
        }
    }

    // ---- blanking -------------------------------------------------------------------------------

    private void Blank(int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < _n; i++)
        {
            var c = _src[i];
            if (c != '\n' && c != '\r') _out[i] = ' ';
        }
    }

    private int LineEnd(int i)
    {
        while (i < _n && _src[i] != '\n' && _src[i] != '\r') i++;
        return i;
    }

    private bool At(int i, string text) => i + text.Length <= _n && string.CompareOrdinal(_src, i, text, 0, text.Length) == 0;

    private bool AtIgnoreCase(int i, string text) => i + text.Length <= _n && string.Compare(_src, i, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private int SkipSpace(int i)
    {
        while (i < _n && char.IsWhiteSpace(_src[i])) i++;
        return i;
    }

    private string Word(int i)
    {
        var j = i;
        while (j < _n && CSharpText.IsIdentifierPart(_src[j])) j++;
        return _src.Substring(i, j - i);
    }

    // ---- markup ---------------------------------------------------------------------------------

    /// <summary>
    /// Scans markup from <paramref name="i"/>. Stops after the end tag that closes <paramref name="stopTag"/>,
    /// at an unmatched '}' (a section body), or at the line end (an '@:' line). Returns where it stopped.
    /// </summary>
    private int ScanMarkup(int i, string? stopTag, bool stopOnBrace, bool stopAtLineEnd)
    {
        Enter();
        try
        {
            return ScanMarkupCore(i, stopTag, stopOnBrace, stopAtLineEnd);
        }
        finally
        {
            _nesting--;
        }
    }

    private int ScanMarkupCore(int i, string? stopTag, bool stopOnBrace, bool stopAtLineEnd)
    {
        var depth = 1;
        while (i < _n)
        {
            var c = _src[i];
            if (stopAtLineEnd && (c == '\n' || c == '\r')) return i;
            if (c == '<')
            {
                if (At(i, "<!--"))
                {
                    var close = _src.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = close < 0 ? _n : close + 3;
                    continue;
                }
                if (i + 1 < _n && _src[i + 1] == '/')
                {
                    var nameEnd = i + 2;
                    while (nameEnd < _n && IsNameChar(_src[nameEnd])) nameEnd++;
                    var name = _src.Substring(i + 2, nameEnd - i - 2);
                    var gt = _src.IndexOf('>', nameEnd);
                    var after = gt < 0 ? _n : gt + 1;
                    if (stopTag is not null && string.Equals(name, stopTag, StringComparison.OrdinalIgnoreCase) && --depth == 0) return after;
                    i = after;
                    continue;
                }
                if (i + 1 < _n && char.IsLetter(_src[i + 1]))
                {
                    var (end, name, selfClosing) = ScanTag(i);
                    if (stopTag is not null && !selfClosing && string.Equals(name, stopTag, StringComparison.OrdinalIgnoreCase)) depth++;
                    i = !selfClosing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                        ? ScanRawText(end, name)
                        : end;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '@')
            {
                i = TransitionInText(i);
                continue;
            }
            if (c == '}' && stopOnBrace) return i;
            i++;
        }
        return _n;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == ':' || c == '.' || c == '_';

    /// <summary>Script and style bodies: only '@' transitions matter; braces and '&lt;' are theirs.</summary>
    private int ScanRawText(int i, string name)
    {
        while (i < _n)
        {
            if (_src[i] == '<' && i + 1 < _n && _src[i + 1] == '/' && AtIgnoreCase(i + 2, name)) return i;
            if (_src[i] == '@') { i = TransitionInText(i); continue; }
            i++;
        }
        return _n;
    }

    /// <summary>Reads a start tag at '&lt;': attributes stay, C# in their values is made safe for the HTML parser.</summary>
    private (int End, string Name, bool SelfClosing) ScanTag(int i)
    {
        var nameStart = i + 1;
        var j = nameStart;
        while (j < _n && IsNameChar(_src[j])) j++;
        var name = _src.Substring(nameStart, j - nameStart);
        var isVoid = VoidElements.Contains(name);
        while (j < _n)
        {
            var c = _src[j];
            if (char.IsWhiteSpace(c)) { j++; continue; }
            if (c == '>') return (j + 1, name, isVoid);
            if (c == '/' && j + 1 < _n && _src[j + 1] == '>') return (j + 2, name, true);
            if (c == '<') return (j, name, isVoid); // broken tag: let the next one start here
            if (c == '@' && j + 1 < _n)
            {
                var next = _src[j + 1];
                if (next == '*') { j = RazorComment(j); continue; }
                if (next == '(' || next == '{')
                {
                    // A conditional attribute list "@(ok ? "disabled" : "")": code, not an attribute.
                    var close = CSharpText.MatchClose(_src, j + 1);
                    var end = close < 0 ? LineEnd(j) : close + 1;
                    Blank(j, end);
                    j = end;
                    continue;
                }
            }
            // An attribute (Razor's @bind-Value, @onclick … included).
            var attrStart = j;
            while (j < _n && !char.IsWhiteSpace(_src[j]) && _src[j] != '=' && _src[j] != '>' && !(_src[j] == '/' && j + 1 < _n && _src[j + 1] == '>')) j++;
            if (j == attrStart) { j++; continue; }
            var k = SkipSpace(j);
            if (k < _n && _src[k] == '=')
            {
                k = SkipSpace(k + 1);
                if (k < _n && (_src[k] == '"' || _src[k] == '\'')) j = ScanAttributeValue(k);
                else
                {
                    while (k < _n && !char.IsWhiteSpace(_src[k]) && _src[k] != '>')
                    {
                        if (_src[k] == '@' && k + 1 < _n && _src[k + 1] == '(')
                        {
                            var close = CSharpText.MatchClose(_src, k + 1);
                            k = close < 0 ? k + 1 : close + 1;
                            continue;
                        }
                        k++;
                    }
                    j = k;
                }
            }
        }
        return (_n, name, isVoid);
    }

    /// <summary>A quoted attribute value: Razor expressions stay readable but must not end the value early.</summary>
    private int ScanAttributeValue(int quoteAt)
    {
        var quote = _src[quoteAt];
        var j = quoteAt + 1;
        while (j < _n && _src[j] != quote)
        {
            if (_src[j] != '@' || j + 1 >= _n) { j++; continue; }
            var next = _src[j + 1];
            if (next == '@') { _out[j] = ' '; j += 2; continue; }
            if (next == '*') { j = RazorComment(j); continue; }
            if (j > quoteAt + 1 && char.IsLetterOrDigit(_src[j - 1])) { j++; continue; }
            int end;
            if (next == '(')
            {
                var close = CSharpText.MatchClose(_src, j + 1);
                if (close < 0) { j++; continue; }
                end = close + 1;
                if (!ProjectLocalized(j, j + 2, close, quote)) NeutraliseQuotes(j, end, quote);
            }
            else if (CSharpText.IsIdentifierStart(next))
            {
                end = ImplicitExpressionEnd(j + 1);
                if (!ProjectLocalized(j, j + 1, end, quote)) NeutraliseQuotes(j, end, quote);
            }
            else { j++; continue; }
            j = end;
        }
        return Math.Min(j + 1, _n);
    }

    /// <summary>Quotes inside C# in an attribute value would end the value for the HTML parser: swap them for the other quote.</summary>
    private void NeutraliseQuotes(int start, int end, char quote)
    {
        var other = quote == '"' ? '\'' : '"';
        for (var i = start; i < end; i++)
        {
            if (_src[i] == quote) _out[i] = other;
        }
    }

    /// <summary>'@' in text: a transition to code, an escape, a comment, or a plain '@' (an email address).</summary>
    private int TransitionInText(int at)
    {
        if (at + 1 >= _n) return at + 1;
        var next = _src[at + 1];
        if (next == '@')
        {
            _out[at] = ' ';
            return at + 2;
        }
        if (next == '*') return RazorComment(at);
        if (at > 0 && char.IsLetterOrDigit(_src[at - 1])) return at + 1;
        if (next == '{')
        {
            Blank(at, at + 1);
            return ScanCodeBlock(at + 1, markupAllowed: true);
        }
        if (next == '(')
        {
            var close = CSharpText.MatchClose(_src, at + 1);
            var end = close < 0 ? LineEnd(at) : close + 1;
            if (close < 0 || !ProjectLocalized(at, at + 2, close, null)) Blank(at, end);
            return end;
        }
        if (!CSharpText.IsIdentifierStart(next)) return at + 1;

        var word = Word(at + 1);
        var afterWord = at + 1 + word.Length;
        if (Statements.Contains(word) && IsStatement(word, afterWord))
        {
            Blank(at, at + 1);
            return ScanStatement(at + 1, markupAllowed: true);
        }
        if ((word == "code" || word == "functions") && SkipSpace(afterWord) < _n && _src[SkipSpace(afterWord)] == '{')
        {
            var open = SkipSpace(afterWord);
            Blank(at, open);
            var end = ScanCodeBlock(open, markupAllowed: false);
            _result.CodeBlocks.Add(new TextRegion(open + 1, Math.Max(0, end - open - 2), _src.Substring(open + 1, Math.Max(0, end - open - 2))));
            return end;
        }
        if (word == "section")
        {
            var open = _src.IndexOf('{', afterWord);
            var sectionName = open > 0 ? _src.Substring(afterWord, open - afterWord).Trim() : "";
            if (sectionName.Length > 0 && Word(SkipSpace(afterWord)) == sectionName)
            {
                Blank(at, open + 1);
                var close = ScanMarkup(open + 1, stopTag: null, stopOnBrace: true, stopAtLineEnd: false);
                Blank(close, close + 1);
                return Math.Min(close + 1, _n);
            }
        }
        if (Directives.Contains(word) && OnlySpaceBefore(at))
        {
            var end = LineEnd(at);
            if (word == "model") _result.ModelType = _src.Substring(afterWord, end - afterWord).Trim();
            Blank(at, end);
            return end;
        }
        var exprStart = at + 1;
        if (word == "await" && afterWord < _n && _src[afterWord] == ' ' && afterWord + 1 < _n && CSharpText.IsIdentifierStart(_src[afterWord + 1])) exprStart = afterWord + 1;
        var exprEnd = ImplicitExpressionEnd(exprStart);
        if (ProjectLocalized(at, exprStart, exprEnd, null)) return exprEnd;
        if (exprStart == at + 1 && HtmlHelperCall.Parse(_src, at, exprEnd) is { } helper)
        {
            ProjectHelper(helper);
            return exprEnd;
        }
        Blank(at, exprEnd);
        return exprEnd;
    }

    private bool OnlySpaceBefore(int at)
    {
        for (var i = at - 1; i >= 0 && _src[i] != '\n' && _src[i] != '\r'; i--)
        {
            if (!char.IsWhiteSpace(_src[i]) && _src[i] != '\uFEFF') return false;
        }
        return true;
    }

    /// <summary>"@using (…)" is a statement, "@using Some.Namespace" a directive.</summary>
    private bool IsStatement(string word, int afterWord)
    {
        var k = SkipSpace(afterWord);
        if (word is "try" or "do") return k < _n && _src[k] == '{';
        return k < _n && _src[k] == '(';
    }

    /// <summary>Razor's implicit expression: identifier, then member access, calls and indexers ("Model.Items[0].Name", "Html.TextBoxFor(m => m.X)").</summary>
    private int ImplicitExpressionEnd(int i)
    {
        i += Word(i).Length;
        while (i < _n)
        {
            var c = _src[i];
            if (c == '(' || c == '[')
            {
                var close = CSharpText.MatchClose(_src, i);
                if (close < 0) return i;
                i = close + 1;
                continue;
            }
            if (c == '.' && i + 1 < _n && CSharpText.IsIdentifierStart(_src[i + 1]))
            {
                i += 1 + Word(i + 1).Length;
                continue;
            }
            if (c == '?' && i + 2 < _n && (_src[i + 1] == '.' && CSharpText.IsIdentifierStart(_src[i + 2]) || _src[i + 1] == '['))
            {
                i++;
                continue;
            }
            if (c == '!' && i + 2 < _n && _src[i + 1] == '.' && CSharpText.IsIdentifierStart(_src[i + 2]))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private int RazorComment(int at)
    {
        var close = _src.IndexOf("*@", at + 2, StringComparison.Ordinal);
        var end = close < 0 ? _n : close + 2;
        var inner = _src.Substring(at + 2, (close < 0 ? _n : close) - at - 2);
        _result.Comments.Add(new TextRegion(at, end - at, inner));
        Blank(at, end);
        return end;
    }

    /// <summary>
    /// <c>@Localizer["Gender"]</c> → only the key's characters stay (at their own offsets), so the label reads
    /// "Gender"; the extractor later swaps the key for its resource text. False when the code is not a localiser call.
    /// </summary>
    private bool ProjectLocalized(int exprStart, int codeStart, int codeEnd, char? attributeQuote)
    {
        var length = Math.Min(codeEnd - codeStart, 400);
        if (length <= 0) return false;
        var m = LocalizerCall.Match(_src.Substring(codeStart, length));
        if (!m.Success) return false;
        var root = m.Groups["root"].Value;
        if (!_localizers.Contains(root) && !root.EndsWith("Localizer", StringComparison.Ordinal) && !root.EndsWith("Localiser", StringComparison.Ordinal)) return false;
        var keyGroup = m.Groups["key"];
        var key = CSharpText.StringValue(keyGroup.Value);
        var end = exprStart == codeStart - 2 ? codeEnd + 1 : codeEnd; // "@(…)" ends after its ')'
        Blank(exprStart, end);
        if (key is null) return true;
        var verbatim = keyGroup.Value[0] == '@';
        var keyStart = codeStart + keyGroup.Index + (verbatim ? 2 : 1);
        var unsafeForHtml = key.IndexOfAny(new[] { '<', '>', '&', '\\', '"', '\'' }) >= 0 || keyGroup.Value.IndexOf('\\') >= 0;
        if (!unsafeForHtml && !(attributeQuote is { } q && key.IndexOf(q) >= 0))
        {
            for (var i = 0; i < key.Length; i++) _out[keyStart + i] = _src[keyStart + i];
            // Invisible marks where the key's quotes were: the extractor knows exactly which text was localised.
            _out[keyStart - 1] = LocalizedMark;
            _out[keyStart + key.Length] = LocalizedMark;
            _result.LocalizedTexts.Add(new LocalizedText(exprStart, end - exprStart, keyStart, key));
        }
        return true;
    }

    /// <summary>
    /// An HTML helper becomes a placeholder &lt;input …&gt; exactly as long as the call, so the HTML extractor
    /// finds the control with its label, legend, hints and form, at the call's span; the Razor extractor
    /// then completes it from the call. Helpers that render no question (labels, hidden fields) are blanked.
    /// </summary>
    private void ProjectHelper(HtmlHelperCall helper)
    {
        var start = helper.Start;
        var end = helper.Start + helper.Length;
        Blank(start, end);
        if (helper.IsLabel)
        {
            _result.HelperCalls.Add(new TextRegion(start, helper.Length, _src.Substring(start, helper.Length)));
            return;
        }
        if (helper.Kind is null || end - start < 8) return;
        _result.HelperCalls.Add(new TextRegion(start, helper.Length, _src.Substring(start, helper.Length)));
        var tokens = new List<string>();
        if (helper.InputType is "radio" or "checkbox") tokens.Add("type=" + helper.InputType);
        if (helper.Member is { } member && IsSafeUnquoted(member)) tokens.Add("asp-for=" + member);
        // The generated id matters for <label for="Input_Country">; when it equals the member, asp-for already finds that label.
        if (helper.Id is { } id && IsSafeUnquoted(id) && id != helper.Member) tokens.Add("id=" + id);
        if (helper.Member is { } name && IsSafeUnquoted(name)) tokens.Add("name=" + name);
        Write(start, "<input");
        var cursor = start + 6;
        var last = end - 1;
        foreach (var token in tokens)
        {
            var placed = false;
            while (cursor < last && !placed)
            {
                var segmentEnd = cursor;
                while (segmentEnd < last && _src[segmentEnd] != '\n' && _src[segmentEnd] != '\r') segmentEnd++;
                if (segmentEnd - cursor >= token.Length + 1)
                {
                    Write(cursor + 1, token);
                    cursor += token.Length + 1;
                    placed = true;
                }
                else
                {
                    cursor = segmentEnd;
                    while (cursor < last && (_src[cursor] == '\n' || _src[cursor] == '\r')) cursor++;
                }
            }
        }
        _out[last] = '>';
    }

    private static bool IsSafeUnquoted(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '[' || c == ']')) return false;
        }
        return value.Length > 0;
    }

    private void Write(int at, string text)
    {
        for (var i = 0; i < text.Length && at + i < _n; i++) _out[at + i] = text[i];
    }

    // ---- code -----------------------------------------------------------------------------------

    /// <summary>A braced C# block at <paramref name="open"/>; returns the index after its closing brace.</summary>
    private void Enter()
    {
        if (++_nesting > MaxNesting)
        {
            throw new Engine.ScanLimitException($"the Razor code nests blocks more than {MaxNesting} levels deep (code blocks, statements and markup inside code), beyond what the scanner reads; this limit is fixed, split the page into components or partials");
        }
    }

    private int ScanCodeBlock(int open, bool markupAllowed)
    {
        Enter();
        try
        {
            return ScanCodeBlockCore(open, markupAllowed);
        }
        finally
        {
            _nesting--;
        }
    }

    private int ScanCodeBlockCore(int open, bool markupAllowed)
    {
        Blank(open, open + 1);
        var i = open + 1;
        var statementStart = true;
        while (i < _n)
        {
            var c = _src[i];
            if (char.IsWhiteSpace(c)) { Blank(i, i + 1); i++; continue; }
            if (c == '}')
            {
                Blank(i, i + 1);
                return i + 1;
            }
            if (c == '@' && i + 1 < _n && _src[i + 1] == '*') { i = RazorComment(i); continue; }
            if (markupAllowed && c == '@' && i + 1 < _n && _src[i + 1] == ':')
            {
                Blank(i, i + 2);
                i = ScanMarkup(i + 2, stopTag: null, stopOnBrace: false, stopAtLineEnd: true);
                statementStart = true;
                continue;
            }
            if (markupAllowed && c == '@' && i + 1 < _n && _src[i + 1] == '<')
            {
                Blank(i, i + 1);
                i = ScanMarkupElement(i + 1);
                continue;
            }
            if (markupAllowed && c == '@' && statementStart && i + 1 < _n && (CSharpText.IsIdentifierStart(_src[i + 1]) || _src[i + 1] == '('))
            {
                // "@Html.TextBoxFor(…)" as a statement in a code block writes its value to the page, as in markup.
                i = TransitionInText(i);
                statementStart = true;
                continue;
            }
            if (markupAllowed && c == '<' && At(i, "<!--"))
            {
                // An HTML comment is markup wherever code may hold markup ("<!--" is never C#): read as code,
                // its apostrophes and braces would swallow the rest of the block.
                var close = _src.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? _n : close + 3;
                statementStart = true;
                continue;
            }
            if (markupAllowed && c == '<' && statementStart && i + 1 < _n && (char.IsLetter(_src[i + 1])))
            {
                i = ScanMarkupElement(i);
                statementStart = true;
                continue;
            }
            var comment = CSharpText.SkipComment(_src, i);
            if (comment >= 0) { Blank(i, comment); i = comment; continue; }
            if (CSharpText.StartsLiteral(_src, i))
            {
                var end = CSharpText.SkipLiteral(_src, i);
                Blank(i, end);
                i = end;
                statementStart = false;
                continue;
            }
            if (c == '{')
            {
                i = ScanCodeBlock(i, markupAllowed);
                statementStart = true;
                continue;
            }
            if (CSharpText.IsIdentifierStart(c))
            {
                var word = Word(i);
                var previous = i > 0 ? _src[i - 1] : ' ';
                if (markupAllowed && statementStart && Statements.Contains(word) && previous != '.')
                {
                    i = ScanStatement(i, markupAllowed);
                    statementStart = true;
                    continue;
                }
                Blank(i, i + word.Length);
                i += word.Length;
                statementStart = false;
                continue;
            }
            Blank(i, i + 1);
            statementStart = c is ';' or ':';
            i++;
        }
        return _n;
    }

    /// <summary>
    /// A control-flow statement at its keyword (if/for/foreach/while/switch/using/lock/try/do) with its
    /// braced body and the else/catch/finally parts that follow; the bodies are code that may hold markup.
    /// </summary>
    private int ScanStatement(int keywordAt, bool markupAllowed)
    {
        // An "else if" chain is read in this loop, not by recursion: a long chain is not deep nesting. The bodies
        // are code blocks, which count the nesting.
        var end = ScanStatementCore(keywordAt, markupAllowed, out var elseIfAt);
        while (elseIfAt >= 0) end = ScanStatementCore(elseIfAt, markupAllowed, out elseIfAt);
        return end;
    }

    private int ScanStatementCore(int keywordAt, bool markupAllowed, out int elseIfAt)
    {
        elseIfAt = -1;
        var keyword = Word(keywordAt);
        var i = keywordAt + keyword.Length;
        Blank(keywordAt, i);
        TextRegion? header = null;
        var k = SkipSpace(i);
        if (k < _n && _src[k] == '(')
        {
            var close = CSharpText.MatchClose(_src, k);
            if (close < 0)
            {
                var end = LineEnd(k);
                Blank(k, end);
                return end;
            }
            header = new TextRegion(k + 1, close - k - 1, _src.Substring(k + 1, close - k - 1));
            Blank(k, close + 1);
            i = close + 1;
        }
        k = SkipCodeSpace(i);
        if (k >= _n || _src[k] != '{') return i;
        Blank(i, k);
        var bodyEnd = ScanCodeBlock(k, markupAllowed);
        if (header is not null && keyword is "foreach" or "for" or "while")
        {
            _result.Loops.Add(new CodeLoop(keyword, header, k, bodyEnd - 1));
        }
        if (header is not null && keyword == "using" && BeginForm.IsMatch(header.Text))
        {
            _result.HelperForms.Add(new CodeLoop(keyword, header, k, bodyEnd - 1));
        }
        i = bodyEnd;
        // else / else if / catch / finally / do … while
        while (true)
        {
            k = SkipCodeSpace(i);
            if (k >= _n || !CSharpText.IsIdentifierStart(_src[k])) return i;
            var next = Word(k);
            if (keyword == "if" && next == "else")
            {
                Blank(i, k + 4);
                var after = SkipSpace(k + 4);
                if (Word(after) == "if")
                {
                    elseIfAt = after;
                    return after;
                }
                if (after < _n && _src[after] == '{')
                {
                    i = ScanCodeBlock(after, markupAllowed);
                    return i;
                }
                return k + 4;
            }
            if (keyword == "try" && (next == "catch" || next == "finally"))
            {
                Blank(i, k + next.Length);
                var after = SkipSpace(k + next.Length);
                if (after < _n && _src[after] == '(')
                {
                    var close = CSharpText.MatchClose(_src, after);
                    if (close < 0) return after;
                    Blank(after, close + 1);
                    after = SkipSpace(close + 1);
                }
                if (after >= _n || _src[after] != '{') return after;
                i = ScanCodeBlock(after, markupAllowed);
                continue;
            }
            if (keyword == "do" && next == "while")
            {
                var after = SkipSpace(k + 5);
                var close = after < _n && _src[after] == '(' ? CSharpText.MatchClose(_src, after) : -1;
                if (close < 0) return i;
                var end = SkipSpace(close + 1);
                if (end < _n && _src[end] == ';') end++;
                Blank(i, end);
                return end;
            }
            return i;
        }
    }

    /// <summary>Skips white space and C# comments (Razor comments too) without consuming anything else.</summary>
    private int SkipCodeSpace(int i)
    {
        while (i < _n)
        {
            if (char.IsWhiteSpace(_src[i])) { i++; continue; }
            var comment = CSharpText.SkipComment(_src, i);
            if (comment >= 0) { Blank(i, comment); i = comment; continue; }
            if (_src[i] == '@' && i + 1 < _n && _src[i + 1] == '*') { i = RazorComment(i); continue; }
            break;
        }
        return i;
    }

    /// <summary>Markup inside code: one element, from its start tag to the end tag that closes it (&lt;text&gt; itself is not output).</summary>
    private int ScanMarkupElement(int i)
    {
        if (At(i, "<text>"))
        {
            Blank(i, i + 6);
            var after = ScanMarkup(i + 6, "text", stopOnBrace: false, stopAtLineEnd: false);
            var endTag = _src.LastIndexOf("</text", Math.Max(0, after - 1), StringComparison.OrdinalIgnoreCase);
            if (endTag >= i) Blank(endTag, after);
            return after;
        }
        var (end, name, selfClosing) = ScanTag(i);
        if (selfClosing || name.Length == 0) return end;
        if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            var closeTag = ScanRawText(end, name);
            var gt = _src.IndexOf('>', closeTag);
            return gt < 0 ? _n : gt + 1;
        }
        return ScanMarkup(end, name, stopOnBrace: false, stopAtLineEnd: false);
    }
}
