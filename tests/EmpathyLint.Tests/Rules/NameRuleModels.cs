using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Tests.Rules;

/// <summary>
/// Builds the form model that docs/architecture.md specifies for C# (an enum → an Enum form; a class →
/// a Model form with [Required] etc. as located constraints), so the names rules are tested on it
/// directly, as the C# extractor will produce it.
/// </summary>
internal sealed class NameRuleModels
{
    private readonly FormDocument _document;

    public NameRuleModels(string code)
    {
        _document = new FormDocument("Model.cs", DocumentKind.CSharp, code);
    }

    public EmpathyLint.Text.SourceSpan At(string text, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++) index = _document.Text.IndexOf(text, index + 1, StringComparison.Ordinal);
        if (index < 0) throw new ArgumentException("not in the code: " + text);
        return _document.Span(index, text.Length);
    }

    public Form Enum(string name, params string[] members)
    {
        var form = new Form(FormKind.Enum, At(name)) { Name = name };
        var field = new FormField(FieldKind.Enum, At(name)) { Name = name };
        foreach (var member in members) field.Options.Add(new FieldOption(member, member, At(member)));
        form.Fields.Add(field);
        _document.Forms.Add(form);
        return form;
    }

    public Form Model(string name)
    {
        var form = new Form(FormKind.Model, At(name)) { Name = name };
        _document.Forms.Add(form);
        return form;
    }

    public FormField Property(Form form, string name, FieldKind kind = FieldKind.Text, string? required = null, int occurrence = 0)
    {
        var declaration = At(name + " {", occurrence);
        var field = new FormField(kind, _document.Span(declaration.Start, name.Length)) { Name = name, BoundMember = name };
        if (kind is FieldKind.Select) field.OptionsKnown = false;
        if (required is not null) field.Constraints.Required = new Located<string>("[Required]", At(required));
        form.Fields.Add(field);
        return field;
    }

    public List<Finding> Lint(LintConfiguration? configuration = null)
    {
        configuration ??= LintConfiguration.CreateDefault();
        new ConceptInference(configuration.Vocabulary).Apply(_document);
        return new LintEngine(configuration).Lint(_document);
    }
}
