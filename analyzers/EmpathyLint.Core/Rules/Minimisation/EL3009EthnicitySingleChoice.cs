using EmpathyLint.Model;

namespace EmpathyLint.Rules.Minimisation;

/// <summary>
/// EL3009: ethnicity asked as a single choice (radio group, select without <c>multiple</c>) with no way to
/// write an answer in. Reported even with a declared purpose: a reason to ask says nothing about how.
/// </summary>
public sealed class EL3009EthnicitySingleChoice : Rule
{
    public override string Id => "EL3009";

    public override void Check(Form form, RuleContext context)
    {
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Concept != "ethnicity" || !field.OptionsKnown) continue;
            var single = field.Kind == FieldKind.RadioGroup || (field.Kind == FieldKind.Select && !field.AllowsMultiple);
            if (!single || Questions.HasWriteIn(form, field)) continue;
            context.Report(field, field.Span);
        }
    }
}
