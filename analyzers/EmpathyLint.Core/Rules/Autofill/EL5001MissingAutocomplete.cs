using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Rules.Autofill;

/// <summary>
/// EL5001 (WCAG 2.1 SC 1.3.5): a text-like field asking for the person's own name, email, phone, date of
/// birth, address, postal code or free-text gender with no autocomplete token. The token comes from the
/// concept's <c>autocomplete</c> list in the vocabulary. <c>autocomplete="off"</c> is a deliberate choice and
/// an invalid token is EL5002's finding; neither is reported here. Selects and radio groups are not judged.
/// </summary>
public sealed class EL5001MissingAutocomplete : FieldRule
{
    public override string Id => "EL5001";

    private static readonly string[] DefaultConcepts =
        { "given-name", "family-name", "full-name", "middle-name", "email", "phone", "date-of-birth", "address", "postal-code", "gender" };

    protected override void CheckField(FormField field, RuleContext context)
    {
        if (!field.IsAboutPerson || field.Kind is not (FieldKind.Text or FieldKind.Email or FieldKind.Tel or FieldKind.Date)) return;
        var concepts = context.OptionList("concepts");
        if (field.Concept is not { } conceptId || !(concepts.Count > 0 ? concepts : DefaultConcepts).Contains(conceptId, StringComparer.Ordinal)) return;
        var concept = context.Vocabulary.Concept(conceptId);
        if (concept is null || concept.Autocomplete.Count == 0) return;

        var written = field.Constraints.Autocomplete?.Value?.Trim();
        if (!string.IsNullOrEmpty(written) && !string.Equals(written, "on", StringComparison.OrdinalIgnoreCase)) return;
        // Autofill fills in the user's own details: a mother's or father's name is someone else's, and so is
        // everything a clerk enters about a patient or an admin about a user.
        if (AboutSomeoneElse(field, context) || IsStaffForm(context)) return;

        var token = ExpectedToken(field, conceptId, concept.Autocomplete[0]);
        var finding = context.Report(field, field.Span, ("token", token));
        finding.Properties["autocomplete"] = token;
    }

    private static bool IsStaffForm(RuleContext context)
    {
        var words = new HashSet<string>(Words.OfIdentifier(context.Document.Path.Replace('\\', '/')), StringComparer.Ordinal);
        if (context.OptionList("selfServiceWords").Any(words.Contains)) return false;
        return context.OptionList("staffWords").Any(words.Contains);
    }

    private static bool AboutSomeoneElse(FormField field, RuleContext context) =>
        field.LabelTexts.Select(Words.OfText)
            .Concat(new[] { field.BoundMember, field.Name, field.Id }.Where(s => !string.IsNullOrEmpty(s)).Select(Words.OfIdentifier))
            .Any(words => context.Vocabulary.ParentIndex.FindAll(words).Count > 0);

    // The parts of a date input split over three boxes, in the seven vocabulary languages ("año" folds to "ano").
    private static readonly string[] DayWords = { "day", "dd", "dia", "jour", "tag", "giorno", "dag" };
    private static readonly string[] MonthWords = { "month", "mm", "mes", "mois", "monat", "mese", "maand" };
    private static readonly string[] YearWords = { "year", "yyyy", "ano", "annee", "jahr", "anno", "jaar" };

    private static string ExpectedToken(FormField field, string concept, string token)
    {
        if (concept != "date-of-birth" || field.Kind == FieldKind.Date) return token;
        var words = new[] { field.BoundMember, field.Name, field.Id }.SelectMany(Words.OfIdentifier)
            .Concat(field.LabelTexts.SelectMany(Words.OfText)).ToList();
        if (words.Any(w => DayWords.Contains(w))) return "bday-day";
        if (words.Any(w => MonthWords.Contains(w))) return "bday-month";
        if (words.Any(w => YearWords.Contains(w))) return "bday-year";
        return token;
    }
}
