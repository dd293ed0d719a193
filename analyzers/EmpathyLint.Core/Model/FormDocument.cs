using System.Collections.Generic;
using EmpathyLint.Text;

namespace EmpathyLint.Model;

public enum DocumentKind
{
    Html,
    Razor,
    CSharp,
}

/// <summary>Everything an extractor learned about one source file: its forms and its comment directives.</summary>
public sealed class FormDocument
{
    public FormDocument(string path, DocumentKind kind, string text)
    {
        Path = path;
        Kind = kind;
        Text = text;
        Lines = new LineMap(text);
    }

    /// <summary>Path as given by the host (the CLI uses paths relative to the working directory).</summary>
    public string Path { get; }
    public DocumentKind Kind { get; }
    public string Text { get; }
    public LineMap Lines { get; }
    public List<Form> Forms { get; } = new();

    /// <summary>Comments that may carry <c>empathylint-*</c> directives (HTML and Razor comments), in source order.</summary>
    public List<SourceComment> Comments { get; } = new();

    /// <summary>Things seen in code that are not questions but matter to a rule (a title→gender mapping …).</summary>
    public List<CodeObservation> Observations { get; } = new();

    /// <summary>Types this document's code takes as input (action parameters, bound properties) → the code that shows it.</summary>
    public Dictionary<string, string> InputModels { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The questions of this document, in form and field order: what rules judge (set by the engine after extraction).</summary>
    public List<Question> Questions { get; } = new();

    public SourceSpan Span(int start, int length) => Lines.Span(start, length);
}

/// <summary>A fact an extractor noticed in code, such as gender guessed from a title (kind "title-to-gender").</summary>
public sealed class CodeObservation
{
    public CodeObservation(string kind, SourceSpan span, string detail)
    {
        Kind = kind;
        Span = span;
        Detail = detail;
    }

    public string Kind { get; }
    public SourceSpan Span { get; }
    public string Detail { get; }
}

/// <summary>A comment in the source; <see cref="Text"/> is the inside of the comment.</summary>
public sealed class SourceComment
{
    public SourceComment(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    public string Text { get; }
    public SourceSpan Span { get; }
}
