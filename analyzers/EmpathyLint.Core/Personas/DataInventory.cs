using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Personas;

/// <summary>One personal-data question in the inventory: what is collected, whether it must be given, why, on what basis, and where.</summary>
public sealed class InventoryEntry
{
    public InventoryEntry(PersonaQuestion question, string category)
    {
        Question = question;
        Category = category;
    }

    public PersonaQuestion Question { get; }

    /// <summary>The personal-data category (national identifier, date of birth, email …).</summary>
    public string Category { get; }
    public bool Required => Question.Required is not null;
    public string Purpose => Question.Purpose ?? "";
    public string LegalBasis => Question.LegalBasis ?? "";
}

/// <summary>Every personal-data question of the scanned forms, one entry per question (a member that controls bind is listed at the controls).</summary>
public static class DataInventory
{
    public static List<InventoryEntry> Build(IEnumerable<FormDocument> documents, Vocabulary vocabulary)
    {
        var entries = new List<InventoryEntry>();
        foreach (var document in documents.OrderBy(d => d.Path, System.StringComparer.Ordinal))
        {
            foreach (var question in PersonaQuestion.FromDocument(document, vocabulary, markupOnly: false))
            {
                if (question.Concept is null || IsNotPersonalData(question.Concept, vocabulary)) continue;
                entries.Add(new InventoryEntry(question, question.DataTitle ?? vocabulary.Concept(question.Concept)?.Title ?? question.Concept));
            }
        }
        return entries;
    }

    /// <summary>Credentials and organisation facts are asked of people but are not data about them in the inventory's sense.</summary>
    private static bool IsNotPersonalData(string concept, Vocabulary vocabulary) => concept is "password" or "organization" or "security-question" && vocabulary.Concept(concept)?.Data is null;

    public static readonly string[] Columns = { "path", "line", "form", "question", "category", "required", "purpose", "legalBasis" };

    public static string[] Row(InventoryEntry e) => new[]
    {
        e.Question.Path, e.Question.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Question.Form, e.Question.Label,
        e.Category, e.Required ? "required" : "optional", e.Purpose, e.LegalBasis,
    };

    /// <summary>RFC 4180 CSV: every field quoted when it holds a comma, quote or line break.</summary>
    public static string Csv(IEnumerable<InventoryEntry> entries)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(string.Join(",", Columns)).Append("\r\n");
        foreach (var entry in entries) sb.Append(string.Join(",", Row(entry).Select(CsvField))).Append("\r\n");
        return sb.ToString();
    }

    private static string CsvField(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
