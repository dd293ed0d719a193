using System.Text;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Extraction;

/// <summary>
/// The extracted model as compact text, one line per form and per field, so that a test can assert the
/// whole model exactly: kind, position, bound member, concept, labels, options, requiredness.
/// </summary>
public static class RazorModelText
{
    public static string Of(FormDocument document)
    {
        var sb = new StringBuilder();
        // The markup model; C# models from @code blocks are tested on their own.
        foreach (var form in document.Forms.Where(f => f.Kind == FormKind.Markup))
        {
            sb.Append("form ").Append(form.IsImplicit ? "(implicit)" : At(form.Span));
            if (!string.IsNullOrEmpty(form.Name)) sb.Append(" name=").Append(form.Name);
            if (form.NotAboutPersonReason is not null) sb.Append(" not-person");
            sb.Append('\n');
            foreach (var field in form.Fields) sb.Append("  ").Append(Field(field)).Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }

    public static string Field(FormField field)
    {
        var sb = new StringBuilder();
        sb.Append(field.Kind).Append(' ').Append(At(field.Span));
        if (field.BoundMember is not null) sb.Append(" bind=").Append(field.BoundMember);
        else if (field.Name is not null) sb.Append(" name=").Append(field.Name);
        if (field.Concept is not null) sb.Append(" concept=").Append(field.Concept);
        if (field.Labels.Count > 0) sb.Append(" labels=[").Append(string.Join("; ", field.Labels.Select(l => l.Source + ":" + l.Text))).Append(']');
        if (field.Options.Count > 0) sb.Append(" options=[").Append(string.Join("; ", field.Options.Select(Option))).Append(']');
        if (!field.OptionsKnown) sb.Append(" options-unknown");
        if (field.AllowsMultiple) sb.Append(" multiple");
        var c = field.Constraints;
        if (c.Required is not null) sb.Append(" required=").Append(c.Required.Value).Append('@').Append(At(c.Required.Span));
        if (c.Pattern is not null) sb.Append(" pattern@").Append(At(c.Pattern.Span));
        if (c.MinLength is not null) sb.Append(" minlength=").Append(c.MinLength.Value);
        if (c.MaxLength is not null) sb.Append(" maxlength=").Append(c.MaxLength.Value);
        if (c.Autocomplete is not null) sb.Append(" autocomplete=").Append(c.Autocomplete.Value);
        if (field.Hints.Count > 0) sb.Append(" hints=").Append(field.Hints.Count);
        if (field.Purpose is not null) sb.Append(" purpose");
        if (!field.IsAboutPerson) sb.Append(" not-person");
        return sb.ToString();
    }

    private static string Option(FieldOption option)
    {
        var text = option.Value == option.Label ? option.Label : $"{option.Value}={option.Label}";
        return (option.IsPlaceholder ? "(placeholder)" : "") + text + "@" + option.Span.StartLine + ":" + option.Span.StartColumn;
    }

    public static string At(Text.SourceSpan span) => $"{span.StartLine}:{span.StartColumn}";
}
