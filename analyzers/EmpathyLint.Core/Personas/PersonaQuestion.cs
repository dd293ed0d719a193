using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Personas;

/// <summary>
/// The facts of one question that a walk, the inventory and the journey rules need, read once from the form model.
/// Everything downstream reads only this, so the source of questions can change without touching the walk.
/// </summary>
public sealed class PersonaQuestion
{
    public PersonaQuestion(string path, int line, int column, string label)
    {
        Path = path;
        Line = line;
        Column = column;
        Label = label;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }
    public string Label { get; }

    /// <summary>The form the question belongs to (its name, or "form at line N").</summary>
    public string Form { get; set; } = "";
    public int FormLine { get; set; }
    public string? Concept { get; set; }

    /// <summary>The concept's category title (national identifier, special category …) and the rule judging it, when it is personal data.</summary>
    public string? DataTitle { get; set; }
    public string? DataRule { get; set; }
    public string? LegalBasis { get; set; }
    public FieldKind Kind { get; set; }
    public bool IsClosed { get; set; }

    /// <summary>The meanings of the answers a person can pick (placeholders left out); null meanings are answers the vocabulary does not know.</summary>
    public List<string?> OptionMeanings { get; } = new();
    public List<string> OptionLabels { get; } = new();
    public bool OptionsKnown { get; set; } = true;

    /// <summary>The question must be answered: required, or a single-choice select with no empty choice (some answer is always sent).</summary>
    public bool AnswerForced { get; set; }

    /// <summary>How it is required (<c>required</c>, <c>[Required]</c> …), null when it is not.</summary>
    public string? Required { get; set; }
    public string? Pattern { get; set; }
    public PatternFlavor PatternFlavor { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public string? Purpose { get; set; }

    /// <summary>The submitted name or bound member, to tell whether a value is bound (prefilled) from the model.</summary>
    public string? BoundMember { get; set; }
    public string? Name { get; set; }

    /// <summary>The document's questions (the question model) about people in markup forms, the forms people fill in, in form and field order.</summary>
    public static List<PersonaQuestion> FromDocument(FormDocument document, Vocabulary vocabulary) => FromDocument(document, vocabulary, markupOnly: true);

    /// <summary>With <paramref name="markupOnly"/> false, also the C# model members no form control asks (the inventory lists each question once).</summary>
    public static List<PersonaQuestion> FromDocument(FormDocument document, Vocabulary vocabulary, bool markupOnly)
    {
        var questions = new List<PersonaQuestion>();
        foreach (var asked in document.Questions)
        {
            var form = asked.Form;
            var field = asked.Field;
            if (markupOnly ? form.Kind != FormKind.Markup : form.Kind is not (FormKind.Markup or FormKind.Model)) continue;
            if (form.NotAboutPersonReason is not null || field.AskedByControls) continue;
            if (!field.IsAboutPerson || field.Kind is FieldKind.Hidden) continue;
            questions.Add(From(document, form, field, vocabulary));
        }
        return questions;
    }

    public static PersonaQuestion From(FormDocument document, Form form, FormField field, Vocabulary vocabulary)
    {
        var constraints = field.Constraints;
        var data = vocabulary.Concept(field.Concept)?.Data;
        var closed = Questions.IsClosed(field);
        var question = new PersonaQuestion(document.Path, field.Span.StartLine, field.Span.StartColumn, field.DisplayName)
        {
            Form = form.Name ?? "form at line " + form.Span.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FormLine = form.Span.StartLine,
            Concept = field.Concept,
            DataTitle = data?.Title,
            DataRule = data?.RuleId,
            LegalBasis = data?.LegalBasis,
            Kind = field.Kind,
            IsClosed = closed,
            OptionsKnown = field.OptionsKnown,
            Required = constraints.Required?.Value,
            Pattern = constraints.Pattern?.Value,
            PatternFlavor = constraints.PatternFlavor,
            MinLength = constraints.MinLength?.Value,
            MaxLength = constraints.MaxLength?.Value,
            Purpose = field.Purpose,
            BoundMember = field.BoundMember,
            Name = field.Name,
        };
        foreach (var option in Questions.Answers(field))
        {
            question.OptionMeanings.Add(option.Meaning);
            question.OptionLabels.Add(option.Label);
        }
        var selectAlwaysAnswers = field.Kind == FieldKind.Select && !field.AllowsMultiple && field.OptionsKnown
            && field.Options.Count > 0 && !field.Options.Any(o => o.IsPlaceholder);
        question.AnswerForced = question.Required is not null || selectAlwaysAnswers;
        return question;
    }
}
