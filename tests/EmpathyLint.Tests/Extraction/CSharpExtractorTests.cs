using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using EmpathyLint.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace EmpathyLint.Tests.Extraction;

public class CSharpExtractorTests
{
    internal static FormDocument Extract(string code, string path = "Model.cs")
    {
        var document = new FormDocument(path, DocumentKind.CSharp, code);
        CSharpExtractor.Extract(document);
        return document;
    }

    /// <summary>"line:column-endLine:endColumn".</summary>
    internal static string At(SourceSpan span) => $"{span.StartLine}:{span.StartColumn}-{span.EndLine}:{span.EndColumn}";

    internal static string Slice(FormDocument document, SourceSpan span) => document.Text.Substring(span.Start, span.Length);

    [Fact]
    public void Class_properties_become_a_model_form_with_exact_spans_and_kinds()
    {
        var document = Extract("""
            public class Person
            {
                public string? FirstName { get; set; }
                public DateTime? DateOfBirth { get; init; }
                public bool IsMale { get; set; }
                public int Age { get; set; }
                public Gender? Gender { get; set; }
                public List<Gender> Genders { get; set; } = new();
                public List<string> Nicknames { get; set; } = new();
                public string FullName => FirstName ?? "";
                public List<string> Countries { get; } = new();
                public static string Shared { get; set; } = "";
                private string? Secret { get; set; }
            }
            """);
        var form = Assert.Single(document.Forms);
        Assert.Equal(FormKind.Model, form.Kind);
        Assert.Equal("Person", form.Name);
        Assert.Equal("1:14-1:20", At(form.Span));
        Assert.Equal(
            new[] { "FirstName Text 3:20-3:29", "DateOfBirth Date 4:22-4:33", "IsMale Boolean 5:17-5:23", "Age Number 6:16-6:19", "Gender Select 7:20-7:26", "Genders CheckboxGroup 8:25-8:32", "Nicknames Other 9:25-9:34" },
            form.Fields.Select(f => $"{f.Name} {f.Kind} {At(f.Span)}"));
        Assert.All(form.Fields, f => Assert.Equal(f.Name, f.BoundMember));
        Assert.False(form.Fields.Single(f => f.Name == "Gender").OptionsKnown);
        var genders = form.Fields.Single(f => f.Name == "Genders");
        Assert.False(genders.OptionsKnown);
        Assert.True(genders.AllowsMultiple);
        Assert.True(form.Fields.Single(f => f.Name == "FirstName").OptionsKnown);
    }

    [Fact]
    public void Data_annotations_give_constraints_at_the_attribute()
    {
        var document = Extract("""
            using System.ComponentModel.DataAnnotations;
            public class SignUp
            {
                [Required(ErrorMessage = "Enter your last name")]
                [StringLength(20, MinimumLength = 2)]
                [Display(Name = "Last name", Description = "As on your passport")]
                public string? LastName { get; set; }

                [System.ComponentModel.DataAnnotations.RequiredAttribute, MinLength(3), MaxLength(40)]
                [RegularExpression("^[a-zA-Z]+$")]
                [DisplayName("First name")]
                public string? FirstName { get; set; }

                [Length(1, 70)]
                public string? FullName { get; set; }
            }
            """);
        var fields = Assert.Single(document.Forms).Fields;
        var last = fields[0];
        Assert.Equal("[Required]", last.Constraints.Required!.Value);
        Assert.Equal("4:6-4:53", At(last.Constraints.Required.Span));
        Assert.Equal((2, 20), (last.Constraints.MinLength!.Value, last.Constraints.MaxLength!.Value));
        Assert.Equal("StringLength(20, MinimumLength = 2)", Slice(document, last.Constraints.MinLength.Span));
        Assert.Equal("StringLength(20, MinimumLength = 2)", Slice(document, last.Constraints.MaxLength.Span));
        var label = Assert.Single(last.Labels);
        Assert.Equal(("Last name", LabelSource.Display), (label.Text, label.Source));
        var hint = Assert.Single(last.Hints);
        Assert.Equal("As on your passport", hint.Text);
        Assert.Equal("Description = \"As on your passport\"", Slice(document, hint.Span));
        Assert.Equal("Last name", last.DisplayName);

        var first = fields[1];
        Assert.Equal("System.ComponentModel.DataAnnotations.RequiredAttribute", Slice(document, first.Constraints.Required!.Span));
        Assert.Equal("9:6-9:61", At(first.Constraints.Required.Span));
        Assert.Equal("^[a-zA-Z]+$", first.Constraints.Pattern!.Value);
        Assert.Equal(PatternFlavor.AnnotationWholeValue, first.Constraints.PatternFlavor);
        Assert.Equal("10:6-10:38", At(first.Constraints.Pattern.Span));
        Assert.Equal(("MinLength(3)", 3), (Slice(document, first.Constraints.MinLength!.Span), first.Constraints.MinLength.Value));
        Assert.Equal(("MaxLength(40)", 40), (Slice(document, first.Constraints.MaxLength!.Span), first.Constraints.MaxLength.Value));
        Assert.Equal("First name", Assert.Single(first.Labels).Text);

        var full = fields[2];
        Assert.Equal((1, 70), (full.Constraints.MinLength!.Value, full.Constraints.MaxLength!.Value));
        Assert.Null(full.Constraints.Required);
    }

    [Fact]
    public void Patterns_resolve_verbatim_raw_and_constant_strings()
    {
        var document = Extract(""""
            public static class Patterns
            {
                public const string Letters = "^[a-zA-Z]+$";
            }
            public class Names
            {
                private const string Prefix = @"^[\p{L}";
                private const int Longest = 35;

                [RegularExpression(@"^[a-z\-]+$")]
                public string? A { get; set; }

                [RegularExpression("""^[a-z"']+$""")]
                public string? B { get; set; }

                [RegularExpression(Patterns.Letters)]
                public string? C { get; set; }

                [RegularExpression(Prefix + " '-]+$")]
                [MaxLength(Longest)]
                public string? D { get; set; }

                [RegularExpression(SomewhereElse.Unknown)]
                public string? E { get; set; }
            }
            """");
        var fields = Assert.Single(document.Forms).Fields;
        Assert.Equal(@"^[a-z\-]+$", fields[0].Constraints.Pattern!.Value);
        Assert.Equal("^[a-z\"']+$", fields[1].Constraints.Pattern!.Value);
        Assert.Equal("^[a-zA-Z]+$", fields[2].Constraints.Pattern!.Value);
        Assert.Equal(@"^[\p{L} '-]+$", fields[3].Constraints.Pattern!.Value);
        Assert.Equal(35, fields[3].Constraints.MaxLength!.Value);
        Assert.Null(fields[4].Constraints.Pattern);
    }

    [Fact]
    public void Collection_purpose_on_member_or_class()
    {
        var document = Extract("""
            [EmpathyLint.CollectionPurpose("Clinical record")]
            public class Patient
            {
                [CollectionPurpose("Age check for alcohol sales")]
                public DateOnly DateOfBirth { get; set; }
                public string? Sex { get; set; }
            }
            public class Other { public string? Religion { get; set; } }
            """);
        Assert.Equal(new string?[] { "Age check for alcohol sales", "Clinical record" }, document.Forms[0].Fields.Select(f => f.Purpose));
        Assert.Null(document.Forms[1].Fields[0].Purpose);
    }

    [Fact]
    public void Positional_record_parameters_are_properties()
    {
        var document = Extract("""
            public record Person([property: Required] string Gender, [Display(Name = "Date of birth")] DateTime DateOfBirth, [field: Required] string Email);
            public readonly record struct Point(int X, int Y);
            """);
        var person = document.Forms[0];
        Assert.Equal("Person", person.Name);
        Assert.Equal(new[] { "Gender 1:50-1:56", "DateOfBirth 1:101-1:112", "Email 1:139-1:144" }, person.Fields.Select(f => $"{f.Name} {At(f.Span)}"));
        Assert.Equal("1:33-1:41", At(person.Fields[0].Constraints.Required!.Span));
        Assert.Equal("Date of birth", Assert.Single(person.Fields[1].Labels).Text);
        Assert.Null(person.Fields[2].Constraints.Required);
        Assert.Equal(new[] { "X", "Y" }, document.Forms[1].Fields.Select(f => f.Name));
    }

    [Fact]
    public void Nested_classes_are_read_on_their_own()
    {
        var document = Extract("""
            public sealed class RegisterModel : PageModel
            {
                [BindProperty]
                public InputModel Input { get; set; } = new();

                public sealed class InputModel
                {
                    [Required]
                    public string? Email { get; set; }
                }
            }
            """);
        Assert.Equal(new[] { "RegisterModel: Input", "InputModel: Email" }, document.Forms.Select(f => f.Name + ": " + string.Join(",", f.Fields.Select(x => x.Name))));
        Assert.Equal("9:24-9:29", At(document.Forms[1].Fields[0].Span));
    }

    [Fact]
    public void Enum_becomes_one_closed_question_with_member_options()
    {
        var document = Extract("""
            namespace App;

            [Display(Name = "Gender identity")]
            public enum Gender
            {
                Male,
                Female = 2,
                [Display(Name = "Non-binary")] NonBinary,
                PreferNotToSay,
            }
            """);
        var form = Assert.Single(document.Forms);
        Assert.Equal((FormKind.Enum, "Gender", "4:13-4:19"), (form.Kind, form.Name, At(form.Span)));
        var field = Assert.Single(form.Fields);
        Assert.Equal((FieldKind.Enum, "Gender", "4:13-4:19"), (field.Kind, field.Name, At(field.Span)));
        Assert.True(field.OptionsKnown);
        Assert.Equal("Gender identity", Assert.Single(field.Labels).Text);
        Assert.Equal(
            new[] { "Male|Male|6:5-6:9", "Female|Female|7:5-7:11", "NonBinary|Non-binary|8:36-8:45", "PreferNotToSay|Prefer not to say|9:5-9:19" },
            field.Options.Select(o => $"{o.Value}|{o.Label}|{At(o.Span)}"));
    }

    [Fact]
    public void FluentValidation_rules_become_a_validator_form()
    {
        var document = Extract(""""
            public class PersonValidator : AbstractValidator<Person>
            {
                private const string NamePattern = """^[A-Za-z]+$""";

                public PersonValidator()
                {
                    RuleFor(x => x.LastName).NotEmpty().WithMessage("Required").Length(2, 20);
                    RuleFor(p => p.FirstName)
                        .NotNull()
                        .Matches(NamePattern)
                        .MinimumLength(2)
                        .MaximumLength(30);
                    RuleFor(x => x.Address.Postcode).Matches(new Regex(@"^\d+$"));
                    When(x => x.HasTitle, () => { RuleFor(x => x.Title).NotEmpty(); });
                }
            }
            """");
        var form = Assert.Single(document.Forms);
        Assert.Equal((FormKind.Validator, "Person", "1:14-1:29"), (form.Kind, form.Name, At(form.Span)));
        Assert.Equal(new[] { "LastName 7:9-7:33", "FirstName 8:9-8:34", "Postcode 13:9-13:41", "Title 14:39-14:60" }, form.Fields.Select(f => $"{f.Name} {At(f.Span)}"));
        var last = form.Fields[0];
        Assert.Equal(("NotEmpty()", "NotEmpty()"), (last.Constraints.Required!.Value, Slice(document, last.Constraints.Required.Span)));
        Assert.Equal((2, 20, "Length(2, 20)"), (last.Constraints.MinLength!.Value, last.Constraints.MaxLength!.Value, Slice(document, last.Constraints.MinLength.Span)));
        var first = form.Fields[1];
        Assert.Equal(("NotNull()", "9:14-9:23"), (first.Constraints.Required!.Value, At(first.Constraints.Required.Span)));
        Assert.Equal(("^[A-Za-z]+$", "Matches(NamePattern)"), (first.Constraints.Pattern!.Value, Slice(document, first.Constraints.Pattern.Span)));
        Assert.Equal(PatternFlavor.ValidatorSearch, first.Constraints.PatternFlavor);
        Assert.Equal(("MinimumLength(2)", 2), (Slice(document, first.Constraints.MinLength!.Span), first.Constraints.MinLength.Value));
        Assert.Equal(("MaximumLength(30)", 30), (Slice(document, first.Constraints.MaxLength!.Span), first.Constraints.MaxLength.Value));
        Assert.Equal(("Address.Postcode", @"^\d+$"), (form.Fields[2].BoundMember, form.Fields[2].Constraints.Pattern!.Value));
        Assert.NotNull(form.Fields[3].Constraints.Required);
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_lines_and_columns()
    {
        var code = "public class A\r\n{\r\n    [Required]\r\n    public string? Gender { get; set; }\r\n}\r\n";
        var field = Assert.Single(Assert.Single(Extract(code).Forms).Fields);
        Assert.Equal("4:20-4:26", At(field.Span));
        Assert.Equal(code.IndexOf("Gender", StringComparison.Ordinal), field.Span.Start);
        Assert.Equal("3:6-3:14", At(field.Constraints.Required!.Span));
    }

    [Fact]
    public void A_tree_parsed_by_the_host_gives_the_same_result()
    {
        const string Code = "public enum Title { Mr, Mrs, Mx }\npublic class P { [Required] public Title? Title { get; set; } }";
        var fromText = Extract(Code);
        var document = new FormDocument("Model.cs", DocumentKind.CSharp, Code);
        CSharpExtractor.Extract(document, CSharpSyntaxTree.ParseText(Code, new CSharpParseOptions(LanguageVersion.Latest)));
        string Describe(FormDocument d) => string.Join(";", d.Forms.SelectMany(f => f.Fields.Select(x => $"{f.Kind}:{x.Name}:{At(x.Span)}:{x.Options.Count}:{x.Constraints.Required?.Span.Start}")));
        Assert.Equal(Describe(fromText), Describe(document));
        Assert.Equal(2, document.Forms.Count);
    }

    [Fact]
    public void Razor_code_block_maps_spans_back_to_the_document()
    {
        var razor = "<p>Hi</p>\n@code {\n    private Model model = new();\n    [Parameter] public string? Heading { get; set; }\n    public class Model\n    {\n        [Required] public string? Gender { get; set; }\n    }\n}\n";
        var document = new FormDocument("Page.razor", DocumentKind.Razor, razor);
        var open = razor.IndexOf('{') + 1;
        var close = razor.LastIndexOf('}');
        CSharpExtractor.ExtractCodeBlock(document, open, close - open);
        var form = Assert.Single(document.Forms);
        Assert.Equal(("Model", "5:18-5:23"), (form.Name, At(form.Span)));
        var field = Assert.Single(form.Fields);
        Assert.Equal(("Gender", "7:35-7:41", "7:10-7:18"), (field.Name, At(field.Span), At(field.Constraints.Required!.Span)));
    }

    [Theory]
    [InlineData("public class")]
    [InlineData("public class A { public string? Name { get; set; ")]
    [InlineData("public enum Gender { Male, Female")]
    [InlineData("public class V : AbstractValidator<P> { V() { RuleFor(x => x.). } }")]
    [InlineData("[Required(] public class { public int { get; } }")]
    [InlineData("public record R([Required string A, int);")]
    [InlineData("var x = title == \"Mr\" ? Gender.Male :")]
    [InlineData("}}}} {{{{ @code \0 \"unterminated")]
    public void Broken_code_never_throws_and_keeps_what_parses(string code)
    {
        var document = Extract(code);
        Assert.All(document.Forms.SelectMany(f => f.Fields), f => Assert.False(string.IsNullOrEmpty(f.Name)));
    }

    [Fact]
    public void Broken_code_still_yields_the_complete_members()
    {
        var document = Extract("public class A { public string? Gender { get; set; } public int Broken { get; set; \n public enum E { X, Y");
        Assert.Contains(document.Forms, f => f.Kind == FormKind.Model && f.Fields.Any(x => x.Name == "Gender"));
        Assert.Contains(document.Forms, f => f.Kind == FormKind.Enum && f.Fields[0].Options.Count == 2);
    }
}
