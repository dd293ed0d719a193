using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Rules.Minimisation;

/// <summary>
/// EL3003: a full date of birth asked with no declared purpose, where an age range or "Are you 18 or over?"
/// would do. A year of birth alone is an age question, not a date of birth: it is not reported (in a
/// day/month/year date input the day field is, once).
/// </summary>
public sealed class EL3003FullDateOfBirth : DataCategoryRule
{
    public override string Id => "EL3003";

    // "year" in the seven vocabulary languages, as identifiers and labels write it ("año" folds to "ano").
    private static readonly string[] YearWords = { "year", "yyyy", "jahr", "ano", "annee", "anno", "jaar" };

    protected override bool Applies(Form form, FormField field, RuleContext context) => !IsYearOnly(field);

    private static bool IsYearOnly(FormField field)
    {
        if (ConceptInference.AutocompleteToken(field.Constraints.Autocomplete?.Value) == "bday-year") return true;
        if (field.Kind == FieldKind.Date) return false;
        var words = new[] { field.BoundMember, field.Name, field.Id }.SelectMany(Words.OfIdentifier)
            .Concat(field.LabelTexts.SelectMany(Words.OfText));
        return words.Any(w => YearWords.Contains(w));
    }
}
