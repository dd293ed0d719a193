using System;
using System.Linq;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Autofill;

/// <summary>
/// EL5002: an autocomplete attribute that breaks the WHATWG grammar — an invented token (<c>gender</c>,
/// <c>pronouns</c>, <c>dob</c>), a misspelt one (<c>firstname</c>) or tokens out of order. The valid tokens
/// are data (<c>rules/vocabulary/autofill-tokens.yaml</c>). Reported at the attribute, with the token to
/// write when it is obvious.
/// </summary>
public sealed class EL5002InvalidAutocompleteToken : FieldRule
{
    public override string Id => "EL5002";

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (field.Constraints.Autocomplete is not { } attribute) return;
        var problem = context.Vocabulary.Autofill.Check(attribute.Value);
        if (problem is null) return;

        var fix = "";
        if (problem.Suggestion is { } suggestion)
        {
            var replaced = suggestion == "off"
                ? "off"
                : string.Join(" ", attribute.Value.Trim().ToLowerInvariant()
                    .Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => t == problem.Token ? suggestion : t));
            fix = $": use autocomplete=\"{replaced}\"";
        }
        var finding = context.Report(field, attribute.Span,
            ("value", attribute.Value.Trim()), ("token", problem.Token), ("problem", problem.Problem), ("fix", fix));
        if (problem.Suggestion is not null) finding.Properties["suggestion"] = problem.Suggestion;
    }
}
