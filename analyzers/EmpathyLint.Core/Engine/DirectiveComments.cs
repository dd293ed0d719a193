using System;
using System.Collections.Generic;
using EmpathyLint.Model;

namespace EmpathyLint.Engine;

/// <summary>
/// Finds the comments of a source file that may carry directives: <c>&lt;!-- … --&gt;</c> in HTML and Razor,
/// <c>@* … *@</c> in Razor, <c>// …</c> in C#. Read from the text itself so directives work whatever the
/// extractor recorded; comments an extractor already put in <see cref="FormDocument.Comments"/> are not repeated.
/// </summary>
public static class DirectiveComments
{
    public static List<SourceComment> Read(FormDocument document)
    {
        var comments = new List<SourceComment>(document.Comments);
        foreach (var scanned in Scan(document))
        {
            // An extractor may record the same comment with a slightly different span (inner text only): one is enough.
            var known = false;
            foreach (var recorded in document.Comments)
            {
                if (recorded.Span.Start < scanned.Span.End && scanned.Span.Start < recorded.Span.End) known = true;
            }
            if (!known) comments.Add(scanned);
        }
        comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return comments;
    }

    /// <summary>The comments of the text, by the syntax of the document's kind.</summary>
    public static List<SourceComment> Scan(FormDocument document)
    {
        var comments = new List<SourceComment>();
        switch (document.Kind)
        {
            case DocumentKind.Html:
                Delimited(document, "<!--", "-->", comments);
                break;
            case DocumentKind.Razor:
                Delimited(document, "<!--", "-->", comments);
                Delimited(document, "@*", "*@", comments);
                LineComments(document, comments);
                break;
            case DocumentKind.CSharp:
                LineComments(document, comments);
                break;
        }
        comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return comments;
    }

    private static void Delimited(FormDocument document, string open, string close, List<SourceComment> into)
    {
        var text = document.Text;
        var index = 0;
        while ((index = text.IndexOf(open, index, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf(close, index + open.Length, StringComparison.Ordinal);
            var innerEnd = end < 0 ? text.Length : end;
            var stop = end < 0 ? text.Length : end + close.Length;
            into.Add(new SourceComment(text.Substring(index + open.Length, innerEnd - index - open.Length), document.Span(index, stop - index)));
            index = stop;
        }
    }

    /// <summary>
    /// <c>//</c> comments that carry an EmpathyLint word (directives, expectations). Other <c>//</c> text — a URL in a
    /// string, ordinary comments — is left alone, so no C# lexer is needed.
    /// </summary>
    private static void LineComments(FormDocument document, List<SourceComment> into)
    {
        var text = document.Text;
        var index = 0;
        while ((index = text.IndexOf("//", index, StringComparison.Ordinal)) >= 0)
        {
            var lineEnd = text.IndexOfAny(new[] { '\r', '\n' }, index);
            if (lineEnd < 0) lineEnd = text.Length;
            var inner = text.Substring(index + 2, lineEnd - index - 2);
            var trimmed = inner.TrimStart();
            if (trimmed.StartsWith("empathylint-", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("expect", StringComparison.OrdinalIgnoreCase))
            {
                into.Add(new SourceComment(inner, document.Span(index, lineEnd - index)));
            }
            index = lineEnd;
        }
    }
}
