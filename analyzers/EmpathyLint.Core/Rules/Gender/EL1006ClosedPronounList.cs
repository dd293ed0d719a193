using System.Linq;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Gender;

/// <summary>EL1006: pronouns offered only as a fixed list, with no way to write one's own.</summary>
public sealed class EL1006ClosedPronounList : Rule
{
    public override string Id => "EL1006";

    public override void Check(Form form, RuleContext context)
    {
        foreach (var field in form.Fields)
        {
            if (!field.IsAboutPerson || field.Concept != "pronouns") continue;
            if (!Questions.IsClosed(field) || !field.OptionsKnown) continue;
            if (Questions.RealAnswers(field).Count() < 2) continue;
            if (Questions.HasWriteIn(form, field)) continue;
            var offered = string.Join(", ", Questions.RealAnswers(field).Select(o => "'" + o.Label + "'"));
            context.Report(field, field.Span, ("options", offered));
        }
    }
}
