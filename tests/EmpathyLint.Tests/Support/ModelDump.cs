using System.Text;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Support;

/// <summary>A readable, stable text form of the form model, for snapshot tests.</summary>
public static class ModelDump
{
    public static string Of(FormDocument document)
    {
        var sb = new StringBuilder();
        foreach (var form in document.Forms)
        {
            sb.Append($"form {form.Kind} {form.Name ?? "(unnamed)"} {form.Span}{(form.IsImplicit ? " implicit" : "")}{(form.NotAboutPersonReason is null ? "" : " not-person: " + form.NotAboutPersonReason)}\n");
            foreach (var field in form.Fields)
            {
                sb.Append($"  field {field.Kind} <{field.ElementName}> name={field.Name ?? "-"} id={field.Id ?? "-"} bound={field.BoundMember ?? "-"} {field.Span} concept={field.Concept ?? "-"}");
                if (field.NotAboutPersonReason is not null) sb.Append(" not-person: ").Append(field.NotAboutPersonReason);
                if (field.Purpose is not null) sb.Append(" purpose: ").Append(field.Purpose);
                sb.Append('\n');
                foreach (var label in field.Labels) sb.Append($"    label {label.Source}: {label.Text}\n");
                foreach (var hint in field.Hints) sb.Append($"    hint {hint.Span}: {hint.Text}\n");
                if (!field.OptionsKnown) sb.Append("    options unknown\n");
                foreach (var option in field.Options) sb.Append($"    option {option.Span} value={option.Value ?? "-"} meaning={option.Meaning ?? "-"}{(option.IsPlaceholder ? " placeholder" : "")}: {option.Label}\n");
                var c = field.Constraints;
                if (c.Required is not null) sb.Append($"    required {c.Required.Value} {c.Required.Span}\n");
                if (c.Pattern is not null) sb.Append($"    pattern {c.Pattern.Value} {c.Pattern.Span}\n");
                if (c.MinLength is not null) sb.Append($"    minlength {c.MinLength.Value} {c.MinLength.Span}\n");
                if (c.MaxLength is not null) sb.Append($"    maxlength {c.MaxLength.Value} {c.MaxLength.Span}\n");
                if (c.Autocomplete is not null) sb.Append($"    autocomplete {c.Autocomplete.Value} {c.Autocomplete.Span}\n");
            }
        }
        foreach (var comment in document.Comments) sb.Append($"comment {comment.Span}: {comment.Text.Trim()}\n");
        return sb.ToString();
    }
}
