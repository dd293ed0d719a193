using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Engine;

/// <summary>
/// Decides which fields of a document are questions and links each to its other places, using what the
/// project says across files. A markup control is a question. A C# member is one when a form binds it
/// (asp-for, @Html.*For, @bind-Value) or it belongs to an input model (an action parameter, a [BindProperty]
/// or [SupplyParameterFromForm] property, a FluentValidation target, a type named as input); a view model
/// nothing visibly binds is a question on thin evidence (findings for review); anything else — entities,
/// keys, read and report DTOs, generated code — is storage, not a question.
/// </summary>
internal static class QuestionAssembler
{
    // How a type's name ends when it is written to carry a person's input (Words.OfIdentifier, lower case).
    private static readonly string[][] InputNameEndings =
    {
        new[] { "input" }, new[] { "input", "model" }, new[] { "form" }, new[] { "form", "model" }, new[] { "request" }, new[] { "request", "model" },
        new[] { "command" }, new[] { "registration", "model" }, new[] { "register", "model" },
    };

    // Names of view models: probably shown in a form, but also used to display data.
    private static readonly string[][] ViewModelNameEndings = { new[] { "view", "model" }, new[] { "vm" } };

    // Words in a type's name that make it a filter, a report or a read model, whatever its suffix.
    private static readonly HashSet<string> NotInputNameWords = new(StringComparer.Ordinal)
    {
        "search", "filter", "report", "criteria", "query", "response", "result", "export", "receipt", "print", "grid", "column", "seed", "seeder", "list", "summary", "dto",
    };

    public static void Assemble(FormDocument document, ProjectContext project, Vocabularies.Vocabulary vocabulary)
    {
        document.Questions.Clear();
        var boundInDocument = document.Kind == DocumentKind.Razor ? BoundInDocument(document) : null;
        foreach (var form in document.Forms)
        {
            if (form.Kind == FormKind.Model) JudgeModel(document, form, project, boundInDocument);
            foreach (var field in form.Fields)
            {
                if (IsSetting(field, vocabulary)) Set(field, QuestionEvidence.None, "a setting or flag, not a question about a person");
                else if (form.Kind == FormKind.Markup && IsFilter(field, vocabulary)) Set(field, QuestionEvidence.None, "a filter of a list or report: one of its answers is 'All'");
                if (field.Evidence != QuestionEvidence.None) document.Questions.Add(new Question(form, field));
            }
        }
    }

    /// <summary>Last segments of the members this Razor document's own controls bind ("person.LastName" → "LastName").</summary>
    private static HashSet<string> BoundInDocument(FormDocument document)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in document.Forms.Where(f => f.Kind == FormKind.Markup).SelectMany(f => f.Fields))
        {
            if (string.IsNullOrEmpty(field.BoundMember)) continue;
            var path = field.BoundMember!;
            var dot = path.LastIndexOf('.');
            bound.Add(dot >= 0 ? path.Substring(dot + 1) : path);
        }
        return bound;
    }

    private static void JudgeModel(FormDocument document, Form form, ProjectContext project, HashSet<string>? boundInDocument)
    {
        var name = form.Name ?? "";
        var words = Words.OfIdentifier(name);
        project.MarkupBindings.TryGetValue(name, out var bindings);
        string? inputEvidence = document.InputModels.TryGetValue(name, out var inFile) ? inFile
            : project.InputModels.TryGetValue(name, out var evidence) ? evidence
            : document.Forms.Any(f => f.Kind == FormKind.Validator && f.Name == name) ? "validated by a FluentValidation validator in this file"
            : null;
        var isFilterOrRead = words.Any(NotInputNameWords.Contains);
        foreach (var field in form.Fields)
        {
            if (form.NotAboutPersonReason is { } reason)
            {
                Set(field, QuestionEvidence.None, reason);
                continue;
            }
            if (IsKey(field))
            {
                Set(field, QuestionEvidence.None, "a key, not a question");
                continue;
            }
            if (bindings is not null && field.BoundMember is { } member && bindings.TryGetValue(member, out var places) && places.Count > 0)
            {
                Set(field, QuestionEvidence.Strong, "a form binds it");
                field.AskedByControls = true;
                field.Related.AddRange(places.Where(p => p.Path != document.Path || !p.Span.Equals(field.Span)));
                continue;
            }
            if (boundInDocument is not null && field.BoundMember is { } local && boundInDocument.Contains(local))
            {
                Set(field, QuestionEvidence.Strong, "a form in this file binds it");
                continue;
            }
            if (isFilterOrRead && inputEvidence is null)
            {
                Set(field, QuestionEvidence.None, $"\"{name}\" is a filter, report or read model");
                continue;
            }
            if (inputEvidence is not null)
            {
                Set(field, QuestionEvidence.Strong, inputEvidence);
                continue;
            }
            if (bindings is not null)
            {
                // Forms bind this type, but not this member: it is stored or shown, not asked.
                Set(field, QuestionEvidence.None, "no form binds it");
                continue;
            }
            if (EndsWithAny(words, InputNameEndings))
            {
                Set(field, QuestionEvidence.Strong, $"\"{name}\" is named as an input model");
                continue;
            }
            if (EndsWithAny(words, ViewModelNameEndings))
            {
                Set(field, QuestionEvidence.Thin, $"\"{name}\" is a view model no form of the scan is seen to bind");
                continue;
            }
            Set(field, QuestionEvidence.None, "not an input model: no form binds it and no action, page or validator takes it");
        }
    }

    /// <summary>A yes/no field named as a setting: "GenderEnabled", "ShowDateOfBirth", "IsGenderSpecific".</summary>
    private static bool IsSetting(FormField field, Vocabularies.Vocabulary vocabulary)
    {
        if (field.Kind is not (FieldKind.Boolean or FieldKind.Checkbox) || vocabulary.SettingWords.Count == 0) return false;
        return new[] { field.BoundMember, field.Name }.Any(n => Words.OfIdentifier(n).Any(vocabulary.SettingWords.Contains));
    }

    /// <summary>A select or radio group offering "All": it filters a list, it does not ask anyone anything.</summary>
    private static bool IsFilter(FormField field, Vocabularies.Vocabulary vocabulary) =>
        field.Kind is FieldKind.Select or FieldKind.RadioGroup && field.Options.Any(o => vocabulary.MeaningOf(o.Label) == "any");

    /// <summary>[Key], "Id", or an "…Id" number or Guid: a key or a foreign key of a table, never asked of a person.</summary>
    private static bool IsKey(FormField field)
    {
        if (field.IsKey) return true;
        var name = field.Name ?? "";
        if (!(name == "Id" || name == "ID" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal))) return false;
        return field.Kind == FieldKind.Number || field.MemberType is "Guid" or "Guid?";
    }

    private static bool EndsWithAny(List<string> words, string[][] endings)
    {
        foreach (var ending in endings)
        {
            if (words.Count < ending.Length) continue;
            var match = true;
            for (var i = 0; i < ending.Length && match; i++) match = words[words.Count - ending.Length + i] == ending[i];
            if (match) return true;
        }
        return false;
    }

    private static void Set(FormField field, QuestionEvidence evidence, string reason)
    {
        field.Evidence = evidence;
        field.EvidenceReason = reason;
    }
}
