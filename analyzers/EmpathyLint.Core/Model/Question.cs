using System.Collections.Generic;
using EmpathyLint.Text;

namespace EmpathyLint.Model;

/// <summary>How sure the scan is that a field is something a person is asked.</summary>
public enum QuestionEvidence
{
    /// <summary>Not a question: storage, plumbing or a setting; rules never judge it.</summary>
    None,

    /// <summary>Probably a question (a view model nothing visibly binds): findings go to the needs-review tier.</summary>
    Thin,

    /// <summary>A form control, a member a form binds, or a member of an input model.</summary>
    Strong,
}

/// <summary>Another place that says something about the same question (the bound model member, the control, the validator rule).</summary>
public sealed class RelatedLocation
{
    public RelatedLocation(string path, SourceSpan span, string role)
    {
        Path = path;
        Span = span;
        Role = role;
    }

    public string Path { get; }
    public SourceSpan Span { get; }

    /// <summary>What the place is: "model member", "form control", "validator rule".</summary>
    public string Role { get; }

    public override bool Equals(object? obj) => obj is RelatedLocation other && other.Path == Path && other.Span.Equals(Span) && other.Role == Role;

    public override int GetHashCode() => (Path.GetHashCode() * 31 + Span.Start) * 31 + Span.Length;
}

/// <summary>
/// One thing a person is asked, assembled across files: the field where a fix goes (<see cref="Field"/>, in
/// its <see cref="Form"/>), how sure the scan is that it is a question, and the other places that describe it.
/// Rules see questions only; a field whose <see cref="Evidence"/> is <see cref="QuestionEvidence.None"/> is
/// not one of <see cref="FormDocument.Questions"/>.
/// </summary>
public sealed class Question
{
    public Question(Form form, FormField field)
    {
        Form = form;
        Field = field;
    }

    public Form Form { get; }
    public FormField Field { get; }
    public QuestionEvidence Evidence => Field.Evidence;

    /// <summary>Why the scan takes it for a question ("bound by Views/Patient/Create.cshtml", "a parameter of the action …").</summary>
    public string? EvidenceReason => Field.EvidenceReason;
    public IReadOnlyList<RelatedLocation> Related => Field.Related;
    public string? Concept => Field.Concept;
}
