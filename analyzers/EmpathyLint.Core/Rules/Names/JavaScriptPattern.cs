using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EmpathyLint.Rules.Names;

/// <summary>
/// Translates an HTML <c>pattern</c> attribute (a JavaScript regular expression compiled with the
/// <c>v</c> flag) into .NET syntax with the same meaning. JavaScript's <c>\w</c>, <c>\d</c> and
/// <c>\b</c> are ASCII-only while .NET's are Unicode, which matters for names ("José" fails
/// <c>\w+</c> in a browser). Returns null when the pattern is not valid with the <c>v</c> flag (browsers
/// then ignore it) or uses something without a faithful .NET equivalent: the caller must not judge it.
/// </summary>
public static class JavaScriptPattern
{
    private const string AsciiWord = "a-zA-Z0-9_";
    private const string WordBoundary = "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))";
    private const string NotWordBoundary = "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))";

    public static string? ToDotNet(string pattern)
    {
        try
        {
            var parser = new Parser(pattern);
            return parser.Translate();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed class Parser
    {
        private readonly string _p;
        private int _i;

        public Parser(string pattern)
        {
            _p = pattern;
        }

        private bool More => _i < _p.Length;
        private char Peek(int ahead = 0) => _i + ahead < _p.Length ? _p[_i + ahead] : '\0';

        private static FormatException Invalid() => new("not a valid v-flag pattern");

        public string Translate()
        {
            var sb = new StringBuilder(_p.Length + 16);
            var depth = 0;
            while (More)
            {
                var c = _p[_i];
                switch (c)
                {
                    case '\\':
                        sb.Append(Escape(inClass: false));
                        break;
                    case '[':
                        _i++;
                        sb.Append(ClassExpression());
                        break;
                    case '.':
                        _i++;
                        sb.Append(@"[^\n\r\u2028\u2029]");
                        break;
                    case '(':
                        depth++;
                        _i++;
                        sb.Append('(');
                        if (Peek() == '?') sb.Append(GroupPrefix());
                        break;
                    case ')':
                        if (--depth < 0) throw Invalid();
                        _i++;
                        sb.Append(')');
                        break;
                    case '{':
                        sb.Append(Quantifier());
                        break;
                    case '}':
                    case ']':
                        // Lone braces and brackets are syntax errors with the u and v flags.
                        throw Invalid();
                    case '$':
                        // JavaScript's $ (no m flag) is the very end; .NET's also matches before a final newline.
                        _i++;
                        sb.Append(@"\z");
                        break;
                    default:
                        _i++;
                        sb.Append(c);
                        break;
                }
            }
            if (depth != 0) throw Invalid();
            return sb.ToString();
        }

        private string GroupPrefix()
        {
            // After "(": (?: (?= (?! (?<= (?<! (?<name> and modifiers (?i:) all read the same in .NET.
            var start = _i;
            _i++; // '?'
            switch (Peek())
            {
                case ':': case '=': case '!':
                    _i++;
                    break;
                case '<':
                    _i++;
                    if (Peek() is '=' or '!')
                    {
                        _i++;
                        break;
                    }
                    while (More && Peek() != '>')
                    {
                        if (!char.IsLetterOrDigit(Peek()) && Peek() != '_' && Peek() != '$') throw Invalid();
                        _i++;
                    }
                    if (!More) throw Invalid();
                    _i++;
                    break;
                default:
                    while (More && Peek() is 'i' or 'm' or 's' or '-') _i++;
                    if (Peek() != ':') throw Invalid();
                    _i++;
                    break;
            }
            return _p.Substring(start, _i - start);
        }

        private string Quantifier()
        {
            var start = _i;
            _i++;
            var digits = 0;
            while (char.IsDigit(Peek())) { _i++; digits++; }
            if (Peek() == ',')
            {
                _i++;
                while (char.IsDigit(Peek())) _i++;
            }
            if (digits == 0 || Peek() != '}') throw Invalid();
            _i++;
            return _p.Substring(start, _i - start);
        }

        /// <summary>An escape outside or inside a class, as a .NET fragment (inside a class: class items, no brackets).</summary>
        private string Escape(bool inClass)
        {
            _i++; // backslash
            if (!More) throw Invalid();
            var c = _p[_i++];
            switch (c)
            {
                case 'd': return inClass ? "0-9" : "[0-9]";
                case 'D': if (inClass) throw Invalid(); return "[^0-9]";
                case 'w': return inClass ? AsciiWord : "[" + AsciiWord + "]";
                case 'W': if (inClass) throw Invalid(); return "[^" + AsciiWord + "]";
                case 's': case 'S': return "\\" + c;
                case 'b': if (inClass) throw Invalid(); return WordBoundary;
                case 'B': if (inClass) throw Invalid(); return NotWordBoundary;
                case 'f': case 'n': case 'r': case 't': case 'v': return "\\" + c;
                case 'p': case 'P': return Property(c == 'P');
                case 'u': return "\\u" + CodeUnit();
                case 'x':
                    if (!IsHex(Peek()) || !IsHex(Peek(1))) throw Invalid();
                    _i += 2;
                    return "\\x" + _p.Substring(_i - 2, 2);
                case 'c':
                    if (!char.IsLetter(Peek())) throw Invalid();
                    _i++;
                    return "\\c" + _p[_i - 1];
                case '0':
                    if (char.IsDigit(Peek())) throw Invalid();
                    return "\\x00";
                case 'k':
                    if (inClass) throw Invalid();
                    var close = _p.IndexOf('>', _i);
                    if (Peek() != '<' || close < 0) throw Invalid();
                    var reference = _p.Substring(_i - 2, close + 1 - (_i - 2));
                    _i = close + 1;
                    return reference;
                case 'q':
                    // \q{abc|def} matches strings: no one-character .NET equivalent inside a class.
                    throw Invalid();
            }
            if (c >= '1' && c <= '9' && !inClass)
            {
                var start = _i - 1;
                while (char.IsDigit(Peek())) _i++;
                return "\\" + _p.Substring(start, _i - start);
            }
            // Identity escapes: only syntax characters (and, in a class, the reserved punctuators).
            const string Syntax = "^$\\.*+?()[]{}|/";
            const string ClassPunctuators = "&-!#%,:;<=>@`~";
            if (Syntax.IndexOf(c) >= 0 || (inClass && ClassPunctuators.IndexOf(c) >= 0)) return "\\" + c;
            throw Invalid();
        }

        private string CodeUnit()
        {
            if (Peek() == '{')
            {
                var close = _p.IndexOf('}', _i);
                if (close < 0) throw Invalid();
                var hex = _p.Substring(_i + 1, close - _i - 1);
                if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code > 0xFFFF)
                {
                    // Astral code points would need surrogate pairs, which a .NET class cannot hold.
                    throw Invalid();
                }
                _i = close + 1;
                return code.ToString("X4", CultureInfo.InvariantCulture);
            }
            for (var k = 0; k < 4; k++)
            {
                if (!IsHex(Peek(k))) throw Invalid();
            }
            _i += 4;
            return _p.Substring(_i - 4, 4);
        }

        private string Property(bool negated)
        {
            if (Peek() != '{') throw Invalid();
            var close = _p.IndexOf('}', _i);
            if (close < 0) throw Invalid();
            var name = _p.Substring(_i + 1, close - _i - 1);
            _i = close + 1;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                var key = name.Substring(0, eq);
                // Scripts (sc=, scx=) have no .NET equivalent (.NET knows blocks, not scripts).
                if (key is not ("General_Category" or "gc")) throw Invalid();
                name = name.Substring(eq + 1);
            }
            var category = GeneralCategory(name) ?? throw Invalid();
            return (negated ? "\\P{" : "\\p{") + category + "}";
        }

        private static string? GeneralCategory(string name) => name switch
        {
            "L" or "Letter" => "L",
            "Lu" or "Uppercase_Letter" => "Lu",
            "Ll" or "Lowercase_Letter" => "Ll",
            "Lt" or "Titlecase_Letter" => "Lt",
            "Lm" or "Modifier_Letter" => "Lm",
            "Lo" or "Other_Letter" => "Lo",
            "M" or "Mark" or "Combining_Mark" => "M",
            "Mn" or "Nonspacing_Mark" => "Mn",
            "Mc" or "Spacing_Mark" => "Mc",
            "Me" or "Enclosing_Mark" => "Me",
            "N" or "Number" => "N",
            "Nd" or "Decimal_Number" or "digit" => "Nd",
            "Nl" or "Letter_Number" => "Nl",
            "No" or "Other_Number" => "No",
            "P" or "Punctuation" or "punct" => "P",
            "Pc" or "Connector_Punctuation" => "Pc",
            "Pd" or "Dash_Punctuation" => "Pd",
            "Ps" or "Open_Punctuation" => "Ps",
            "Pe" or "Close_Punctuation" => "Pe",
            "Pi" or "Initial_Punctuation" => "Pi",
            "Pf" or "Final_Punctuation" => "Pf",
            "Po" or "Other_Punctuation" => "Po",
            "S" or "Symbol" => "S",
            "Sm" or "Math_Symbol" => "Sm",
            "Sc" or "Currency_Symbol" => "Sc",
            "Sk" or "Modifier_Symbol" => "Sk",
            "So" or "Other_Symbol" => "So",
            "Z" or "Separator" => "Z",
            "Zs" or "Space_Separator" => "Zs",
            "Zl" or "Line_Separator" => "Zl",
            "Zp" or "Paragraph_Separator" => "Zp",
            "C" or "Other" => "C",
            "Cc" or "Control" or "cntrl" => "Cc",
            "Cf" or "Format" => "Cf",
            "Co" or "Private_Use" => "Co",
            "Cn" or "Unassigned" => "Cn",
            _ => null,
        };

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        /// <summary>
        /// A v-flag class after its "[": a union of items, or operands joined by "&amp;&amp;" or "--".
        /// Unions become a .NET class; set operations become lookaheads around one character.
        /// </summary>
        private string ClassExpression()
        {
            var negated = false;
            if (Peek() == '^')
            {
                negated = true;
                _i++;
            }
            var operands = new List<string>();
            var items = new StringBuilder();
            var nested = new List<string>();
            string? op = null;
            while (true)
            {
                if (!More) throw Invalid();
                var c = Peek();
                if (c == ']')
                {
                    _i++;
                    break;
                }
                if ((c == '&' && Peek(1) == '&') || (c == '-' && Peek(1) == '-'))
                {
                    var thisOp = c == '&' ? "&&" : "--";
                    if (op is not null && op != thisOp) throw Invalid();
                    op = thisOp;
                    operands.Add(Union(items, nested));
                    items.Clear();
                    nested.Clear();
                    _i += 2;
                    continue;
                }
                if (c == '[')
                {
                    _i++;
                    nested.Add(ClassExpression());
                    continue;
                }
                var first = ClassAtom(out var firstIsChar);
                if (Peek() == '-' && Peek(1) != '-' && firstIsChar)
                {
                    _i++;
                    if (Peek() == ']' || Peek() == '[') throw Invalid();
                    var last = ClassAtom(out var lastIsChar);
                    if (!lastIsChar) throw Invalid();
                    items.Append(first).Append('-').Append(last);
                }
                else
                {
                    items.Append(first);
                }
            }
            var tail = Union(items, nested);
            string set;
            if (op is null)
            {
                set = tail;
            }
            else
            {
                if (operands.Exists(o => o.Length == 0) || tail.Length == 0) throw Invalid();
                operands.Add(tail);
                // One character that is in the first operand and (&&) in, or (--) not in, each of the others.
                var sb = new StringBuilder("(?:");
                for (var k = 1; k < operands.Count; k++) sb.Append(op == "&&" ? "(?=" : "(?!").Append(operands[k]).Append(')');
                sb.Append(operands[0]).Append(')');
                set = sb.ToString();
            }
            if (!negated) return set.Length == 0 ? "[^\\s\\S]" : set;
            if (set.Length == 0) return "[\\s\\S]";
            if (set.StartsWith("[", StringComparison.Ordinal) && !set.StartsWith("[^", StringComparison.Ordinal) && op is null && nested.Count == 0 && IsPlainClass(set))
            {
                return "[^" + set.Substring(1);
            }
            return "(?:(?!" + set + ")[\\s\\S])";
        }

        /// <summary>True when the class text is one bracket pair without nesting (so "[^" can be prefixed).</summary>
        private static bool IsPlainClass(string set) => set.EndsWith("]", StringComparison.Ordinal) && set.IndexOf('[', 1) < 0;

        private static string Union(StringBuilder items, List<string> nested)
        {
            var own = items.Length > 0 ? "[" + items + "]" : "";
            if (nested.Count == 0) return own;
            var parts = new List<string>(nested);
            if (own.Length > 0) parts.Insert(0, own);
            return parts.Count == 1 ? parts[0] : "(?:" + string.Join("|", parts) + ")";
        }

        /// <summary>One class item as .NET class text; <paramref name="isChar"/> when it is a single character (a range end).</summary>
        private string ClassAtom(out bool isChar)
        {
            var c = Peek();
            if (c == '\\')
            {
                var next = Peek(1);
                var escaped = Escape(inClass: true);
                isChar = next is not ('d' or 'w' or 's' or 'S' or 'p' or 'P');
                return escaped;
            }
            // v-flag class syntax characters must be escaped; doubled punctuators are reserved.
            if ("()[]{}/-|".IndexOf(c) >= 0) throw Invalid();
            if ("&!#$%*+,.:;<=>?@^`~".IndexOf(c) >= 0 && Peek(1) == c) throw Invalid();
            _i++;
            isChar = true;
            // Characters special inside a .NET class are escaped.
            return c is '^' or '-' or '[' or ']' or '\\' ? "\\" + c : c.ToString();
        }
    }
}
