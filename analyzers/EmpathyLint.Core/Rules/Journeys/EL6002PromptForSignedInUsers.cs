using System.Linq;
using EmpathyLint.Extraction.Razor;
using EmpathyLint.Journeys;
using EmpathyLint.Model;

namespace EmpathyLint.Rules.Journeys;

/// <summary>
/// EL6002: asking signed-in people for the email their account holds: a newsletter, discount or email-capture prompt
/// with no sign-in guard around it, or a form on a page that requires sign-in asking for the email without binding it.
/// </summary>
public sealed class EL6002PromptForSignedInUsers : Rule
{
    public override string Id => "EL6002";

    public override void Check(Form form, RuleContext context)
    {
        if (form.Kind != FormKind.Markup || form.NotAboutPersonReason is not null) return;
        var observations = context.Document.Observations;
        var requiresSignIn = observations.Any(o => o.Kind == SignInGuards.RequiresSignInKind);
        foreach (var field in form.Fields)
        {
            if (field.Concept != "email" || !field.IsAboutPerson) continue;
            if (observations.Any(o => o.Kind == SignInGuards.GuardKind && o.Span.Contains(field.Span))) continue;
            if (requiresSignIn)
            {
                // A bound field shows the account's email; only an unbound one asks for it again.
                if (field.BoundMember is null) context.Report(field, field.Span, ("why", "on a page that requires sign-in, without binding the account's email"));
                continue;
            }
            if (PromptTerms.Find(form.ContextText, field.LabelTexts) is { } prompt)
            {
                context.Report(field, field.Span, ("why", $"in a '{prompt}' prompt shown to everyone, signed-in customers included"));
            }
        }
    }
}
