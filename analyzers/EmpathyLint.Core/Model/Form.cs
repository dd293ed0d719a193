using System.Collections.Generic;
using EmpathyLint.Text;

namespace EmpathyLint.Model;

public enum FormKind
{
    /// <summary>A &lt;form&gt;, &lt;EditForm&gt;, or the fields of a page that have no form element.</summary>
    Markup,

    /// <summary>A C# class or record whose properties are the questions (a view model, an entity, a DTO).</summary>
    Model,

    /// <summary>A C# enum declaration: the answer set of a question, judged where it is declared.</summary>
    Enum,

    /// <summary>A FluentValidation validator: its rules constrain a model's members.</summary>
    Validator,
}

/// <summary>One group of questions asked together.</summary>
public sealed class Form
{
    public Form(FormKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public FormKind Kind { get; }
    public SourceSpan Span { get; }

    /// <summary>name, id, class name or component name, when there is one.</summary>
    public string? Name { get; set; }

    /// <summary>True when no form element encloses these fields (a partial, a component, a page fragment).</summary>
    public bool IsImplicit { get; set; }

    /// <summary>Why the whole form is not a questionnaire about a person (a product search, a filter), or null.</summary>
    public string? NotAboutPersonReason { get; set; }

    /// <summary>Words describing the form as a whole (its name, action, role, headings, aria-label).</summary>
    public List<string> ContextText { get; } = new();

    public List<FormField> Fields { get; } = new();
}
