using System;
using System.Linq;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Extraction.CSharp;

/// <summary>
/// Maps C# models onto the form model at syntax level, so the CLI and the analyzer read a file the same
/// way: classes, records and structs with public properties become <see cref="FormKind.Model"/> forms,
/// enums become <see cref="FormKind.Enum"/> forms with one closed question, FluentValidation validators
/// become <see cref="FormKind.Validator"/> forms, and code that guesses gender from a title or a first
/// name becomes a <see cref="CodeObservation"/>. Never throws on broken code: what parses is read.
/// </summary>
public static class CSharpExtractor
{
    /// <summary>The wrapper a Razor <c>@code</c> block is parsed in: its members belong to a class.</summary>
    private const string CodeBlockWrapperName = "EmpathyLintRazorCodeBlock";
    private const string CodeBlockPrefix = "partial class " + CodeBlockWrapperName + " {\n";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>
    /// Deepest bracket nesting read. Roslyn's parser slows down sharply with depth (20,000 nested parentheses
    /// take seconds, ten times more take minutes); no model comes near this.
    /// </summary>
    public const int MaxNesting = 500;

    /// <summary>
    /// Parses C# source with the options every host uses. Source nested beyond <see cref="MaxNesting"/> gives an
    /// empty tree instead of a parse that could run for minutes; <see cref="Extract(FormDocument, SyntaxTree)"/> reports it.
    /// </summary>
    public static SyntaxTree Parse(string text, string path = "") =>
        CSharpSyntaxTree.ParseText(NestingProblem(text) is null ? text : "", ParseOptions, path);

    /// <summary>Parses <see cref="FormDocument.Text"/> and adds its forms and observations to the document.</summary>
    public static void Extract(FormDocument document) => Extract(document, Parse(document.Text, document.Path));

    /// <summary>Reads an already parsed tree of the document's text (the analyzer passes the compiler's tree).</summary>
    public static void Extract(FormDocument document, SyntaxTree tree)
    {
        if (NestingProblem(document.Text) is { } problem) throw new Engine.ScanLimitException(problem);
        var source = CSharpModelReader.Read(tree.GetRoot());
        Map(document, source, new TextSpan(0, document.Text.Length), 0);
    }

    /// <summary>
    /// Reads the C# inside a region of a document (the body of a Razor <c>@code { }</c> block, without
    /// the braces) and adds its forms with spans in the document's own offsets.
    /// </summary>
    public static void ExtractCodeBlock(FormDocument document, int start, int length)
    {
        if (start < 0 || length <= 0 || start >= document.Text.Length) return;
        length = Math.Min(length, document.Text.Length - start);
        var code = document.Text.Substring(start, length);
        if (NestingProblem(code) is { } problem) throw new Engine.ScanLimitException(problem);
        var tree = CSharpSyntaxTree.ParseText(CodeBlockPrefix + code + "\n}", ParseOptions, document.Path);
        var source = CSharpModelReader.Read(tree.GetRoot());
        // Component parameters on the component class itself are not questions.
        source.Models.RemoveAll(m => m.Name == CodeBlockWrapperName && m.ContainingTypes.Count == 0);
        Map(document, source, new TextSpan(start, length), start - CodeBlockPrefix.Length);
    }

    /// <summary>
    /// Why the text is too deeply nested to parse, or null. Brackets inside strings and comments count too:
    /// that can only overstate the depth, and only text no person writes reaches the limit. A closer pops back to
    /// the nearest opener of its own kind and is ignored when there is none, so closers of another kind (a
    /// repeated <c>$"{)</c>) cannot hide the depth. Type-argument brackets (<c>x&lt;x&lt;x&lt;…</c>) are counted
    /// within one statement, where Roslyn's parser recurses on them as on any bracket.
    /// </summary>
    private static string? NestingProblem(string text)
    {
        var open = new char[MaxNesting + 1];
        var depth = 0;
        var angles = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '(' or '[' or '{':
                    angles = 0;
                    if (depth == MaxNesting) return $"the code nests brackets more than {MaxNesting} levels deep, beyond what the C# parser reads in reasonable time";
                    open[depth++] = c;
                    break;
                case ')' or ']' or '}':
                    angles = 0;
                    var opener = c == ')' ? '(' : c == ']' ? '[' : '{';
                    for (var k = depth - 1; k >= 0; k--)
                    {
                        if (open[k] != opener) continue;
                        depth = k;
                        break;
                    }
                    break;
                case ';':
                    angles = 0;
                    break;
                case '<' when i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_'):
                    if (++angles > MaxNesting) return $"the code nests type arguments more than {MaxNesting} levels deep, beyond what the C# parser reads without overflowing its stack";
                    break;
            }
        }
        return null;
    }

    private static void Map(FormDocument document, CSharpSource source, TextSpan region, int shift)
    {
        bool Inside(TextSpan span) => span.Start + shift >= region.Start && span.End + shift <= region.End;
        Text.SourceSpan At(TextSpan span) => document.Span(span.Start + shift, span.Length);

        foreach (var model in source.Models)
        {
            if (!Inside(model.Identifier)) continue;
            var form = new Form(FormKind.Model, At(model.Identifier)) { Name = model.Name };
            if (model.IsGenerated) form.NotAboutPersonReason = "generated code";
            form.ContextText.Add(model.Name);
            foreach (var member in model.Members)
            {
                if (!Inside(member.Identifier)) continue;
                var field = new FormField(member.Kind, At(member.Identifier))
                {
                    Name = member.Name,
                    BoundMember = member.Name,
                    AllowsMultiple = member.AllowsMultiple,
                    // The enum is judged where it is declared, so a finding is never reported twice.
                    OptionsKnown = member.Kind is not (FieldKind.Select or FieldKind.CheckboxGroup),
                    Purpose = member.Purpose ?? model.Purpose,
                    IsKey = member.IsKey,
                    MemberType = member.TypeName.Length > 0 ? member.TypeName : null,
                };
                field.Labels.AddRange(member.Labels);
                foreach (var hint in member.Hints.Where(h => Inside(h.Span))) field.Hints.Add(new FieldHint(hint.Value, At(hint.Span)));
                var constraints = field.Constraints;
                constraints.PatternFlavor = PatternFlavor.AnnotationWholeValue;
                if (member.Required is { } required && Inside(required.Span)) constraints.Required = new Located<string>(required.Value, At(required.Span));
                if (member.Pattern is { } pattern && Inside(pattern.Span)) constraints.Pattern = new Located<string>(pattern.Value, At(pattern.Span));
                if (member.MinLength is { } min && Inside(min.Span)) constraints.MinLength = new Located<int>(min.Value, At(min.Span));
                if (member.MaxLength is { } max && Inside(max.Span)) constraints.MaxLength = new Located<int>(max.Value, At(max.Span));
                form.Fields.Add(field);
            }
            if (form.Fields.Count > 0) document.Forms.Add(form);
        }

        foreach (var enumType in source.Enums)
        {
            if (!Inside(enumType.Identifier)) continue;
            var span = At(enumType.Identifier);
            var form = new Form(FormKind.Enum, span) { Name = enumType.Name };
            form.ContextText.Add(enumType.Name);
            var field = new FormField(FieldKind.Enum, span) { Name = enumType.Name, Purpose = enumType.Purpose };
            foreach (var label in enumType.Labels) field.Labels.Add(new FieldLabel(label.Value, LabelSource.Display));
            foreach (var member in enumType.Members.Where(m => Inside(m.Identifier)))
            {
                field.Options.Add(new FieldOption(member.Name, member.Label, At(member.Identifier)));
            }
            form.Fields.Add(field);
            document.Forms.Add(form);
        }

        foreach (var validator in source.Validators)
        {
            if (!Inside(validator.Identifier)) continue;
            var form = new Form(FormKind.Validator, At(validator.Identifier)) { Name = validator.ModelName };
            form.ContextText.Add(validator.ModelName);
            var model = source.Models.FirstOrDefault(m => m.Name == validator.ModelName);
            foreach (var rule in validator.Rules)
            {
                if (!Inside(rule.RuleFor)) continue;
                // The member's type is known when the model is in the same file; lengths and patterns apply to text.
                var declared = rule.MemberPath.IndexOf('.') < 0 ? model?.Members.FirstOrDefault(m => m.Name == rule.MemberName) : null;
                var kind = declared?.Kind ?? (rule.Pattern is not null || rule.MinLength is not null || rule.MaxLength is not null ? FieldKind.Text : FieldKind.Other);
                var field = new FormField(kind, At(rule.RuleFor))
                {
                    Name = rule.MemberName,
                    BoundMember = rule.MemberPath,
                    AllowsMultiple = declared?.AllowsMultiple ?? false,
                    OptionsKnown = kind is not (FieldKind.Select or FieldKind.CheckboxGroup),
                    Purpose = declared?.Purpose ?? model?.Purpose,
                };
                if (declared is not null) field.Labels.AddRange(declared.Labels);
                var constraints = field.Constraints;
                constraints.PatternFlavor = PatternFlavor.ValidatorSearch;
                if (rule.Required is { } required && Inside(required.Span)) constraints.Required = new Located<string>(required.Value, At(required.Span));
                if (rule.Pattern is { } pattern && Inside(pattern.Span)) constraints.Pattern = new Located<string>(pattern.Value, At(pattern.Span));
                if (rule.MinLength is { } min && Inside(min.Span)) constraints.MinLength = new Located<int>(min.Value, At(min.Span));
                if (rule.MaxLength is { } max && Inside(max.Span)) constraints.MaxLength = new Located<int>(max.Value, At(max.Span));
                form.Fields.Add(field);
            }
            document.Forms.Add(form);
        }

        foreach (var use in source.InputUses)
        {
            if (!document.InputModels.ContainsKey(use.TypeName)) document.InputModels[use.TypeName] = use.Evidence;
        }

        foreach (var guess in source.GenderGuesses)
        {
            if (Inside(guess.Span)) document.Observations.Add(new CodeObservation(guess.Kind, At(guess.Span), guess.Detail));
        }
    }

    /// <summary>Reads the facts ProjectContextBuilder needs from a parsed tree.</summary>
    internal static CSharpSource Read(SyntaxTree tree) => CSharpModelReader.Read(tree.GetRoot());
}
