using System.Collections.Generic;
using EmpathyLint.Text;

namespace EmpathyLint.Model;

public enum FieldKind
{
    Text,
    Email,
    Tel,
    Number,
    Date,
    TextArea,
    Select,
    RadioGroup,
    CheckboxGroup,
    Checkbox,
    Hidden,
    File,
    Other,

    /// <summary>A C# enum declaration seen as a closed question.</summary>
    Enum,

    /// <summary>A C# bool member.</summary>
    Boolean,
}

/// <summary>One question: a control or a group of radio buttons / checkboxes sharing a name.</summary>
public sealed class FormField
{
    public FormField(FieldKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public FieldKind Kind { get; set; }

    /// <summary>Where the question is reported: the control's start tag (the first control for groups), or the C# member.</summary>
    public SourceSpan Span { get; set; }

    /// <summary>The submitted name (HTML <c>name</c>) or the C# member name.</summary>
    public string? Name { get; set; }
    public string? Id { get; set; }

    /// <summary>The model member the field binds (<c>asp-for</c>, <c>@bind-Value</c>, <c>@Html.TextBoxFor(m =&gt; m.X)</c>).</summary>
    public string? BoundMember { get; set; }

    /// <summary>The element or component name as written (input, select, InputSelect, MudSelect …).</summary>
    public string? ElementName { get; set; }

    /// <summary>The raw HTML input type, when there is one.</summary>
    public string? InputType { get; set; }

    public List<FieldLabel> Labels { get; } = new();
    public List<FieldHint> Hints { get; } = new();
    public List<FieldOption> Options { get; } = new();

    /// <summary>False when the options come from code the scan cannot see; options-based rules then stay silent.</summary>
    public bool OptionsKnown { get; set; } = true;

    /// <summary>A select or checkbox group that accepts several answers.</summary>
    public bool AllowsMultiple { get; set; }

    public FieldConstraints Constraints { get; } = new();

    /// <summary>A declared reason for asking (<c>data-purpose</c>, <c>[CollectionPurpose]</c>, or config).</summary>
    public string? Purpose { get; set; }

    /// <summary>The inferred concept id (gender, date-of-birth …), or null when unknown. Set by concept inference.</summary>
    public string? Concept { get; set; }

    /// <summary>The signals that chose <see cref="Concept"/>, for explanations and the data inventory.</summary>
    public List<string> ConceptEvidence { get; } = new();

    /// <summary>Why this question is not about a person (a product, a device, an animal), or null when it is.</summary>
    public string? NotAboutPersonReason { get; set; }

    /// <summary>True when rules judge the field as a question about a person: not about a thing, and a question at all.</summary>
    public bool IsAboutPerson => NotAboutPersonReason is null && Evidence != QuestionEvidence.None;

    /// <summary>
    /// A C# member that form controls of the scan bind: the controls report what is wrong with the question
    /// itself (the member's <see cref="Related"/> places), the member only what is written on it ([Required], patterns, lengths).
    /// </summary>
    public bool AskedByControls { get; set; }

    /// <summary>A C# member marked [Key] or [ForeignKey].</summary>
    public bool IsKey { get; set; }

    /// <summary>The C# member's declared type ("Guid", "int?"), for C# fields.</summary>
    public string? MemberType { get; set; }

    /// <summary>Whether this is something a person is asked (see <see cref="Question"/>); markup controls are, C# members when a form or an action takes them.</summary>
    public QuestionEvidence Evidence { get; set; } = QuestionEvidence.Strong;

    /// <summary>Why <see cref="Evidence"/> is what it is, for explanations.</summary>
    public string? EvidenceReason { get; set; }

    /// <summary>Other places of the same question (the bound C# member for a control, the controls for a member).</summary>
    public List<RelatedLocation> Related { get; } = new();

    /// <summary>All label texts, in the order found.</summary>
    public IEnumerable<string> LabelTexts
    {
        get
        {
            foreach (var label in Labels) yield return label.Text;
        }
    }

    /// <summary>The most descriptive label for messages: a real label before aria, placeholder and names.</summary>
    public string DisplayName
    {
        get
        {
            foreach (var label in Labels)
            {
                // "Gender *" and "Email:" are written for the eye; messages quote the words.
                var text = label.Text.Trim().TrimEnd('*', ':', '\uFF1A', ' ').Trim();
                if (text.Length > 0) return text;
            }
            return BoundMember ?? Name ?? Id ?? ElementName ?? "field";
        }
    }
}

public enum LabelSource
{
    LabelFor,
    WrappingLabel,
    Legend,
    AriaLabel,
    AriaLabelledBy,
    Placeholder,
    Title,
    /// <summary><c>[Display(Name = …)]</c> or a Blazor <c>DisplayName</c> parameter.</summary>
    Display,
    /// <summary>The words of a localisation key (<c>@Localizer["Account.Fields.Gender"]</c>) or its resource value.</summary>
    Localized,
    /// <summary>A component parameter such as MudBlazor's <c>Label="…"</c>.</summary>
    ComponentLabel,
}

public sealed class FieldLabel
{
    public FieldLabel(string text, LabelSource source)
    {
        Text = text;
        Source = source;
    }

    public string Text { get; }
    public LabelSource Source { get; }
}

public sealed class FieldHint
{
    public FieldHint(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    public string Text { get; }
    public SourceSpan Span { get; }
}

/// <summary>One answer offered by a closed question.</summary>
public sealed class FieldOption
{
    public FieldOption(string? value, string label, SourceSpan span)
    {
        Value = value;
        Label = label;
        Span = span;
    }

    public string? Value { get; }
    public string Label { get; }
    public SourceSpan Span { get; }

    /// <summary>What the option means (male, female, non-binary, prefer-not-to-say, mx …), set by concept inference.</summary>
    public string? Meaning { get; set; }

    /// <summary>True for an empty placeholder choice such as "Select…" with no value.</summary>
    public bool IsPlaceholder { get; set; }
}

/// <summary>A constraint value with the exact place it is written, so findings point at the attribute that causes them.</summary>
public sealed class Located<T>
{
    public Located(T value, SourceSpan span)
    {
        Value = value;
        Span = span;
    }

    public T Value { get; }
    public SourceSpan Span { get; }
}

public enum PatternFlavor
{
    /// <summary>HTML <c>pattern</c>: must match the whole value (compiled as <c>^(?:p)$</c>).</summary>
    HtmlWholeValue,

    /// <summary><c>[RegularExpression]</c>: .NET syntax, must match the whole value.</summary>
    AnnotationWholeValue,

    /// <summary>FluentValidation <c>Matches()</c>: .NET syntax, a match anywhere passes.</summary>
    ValidatorSearch,
}

public sealed class FieldConstraints
{
    /// <summary>How the field is required (<c>required</c>, <c>aria-required</c>, <c>[Required]</c>, <c>NotEmpty()</c>), or null.</summary>
    public Located<string>? Required { get; set; }
    public Located<string>? Pattern { get; set; }

    /// <summary>How <see cref="Pattern"/> is applied: HTML (whole value, JavaScript syntax), a data annotation (whole value), or a validator's search.</summary>
    public PatternFlavor PatternFlavor { get; set; } = PatternFlavor.HtmlWholeValue;
    public Located<int>? MinLength { get; set; }
    public Located<int>? MaxLength { get; set; }
    public Located<string>? Autocomplete { get; set; }
}
