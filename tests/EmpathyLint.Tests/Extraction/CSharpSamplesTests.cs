using EmpathyLint.Cli.Commands;
using EmpathyLint.Configuration;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using static EmpathyLint.Tests.Extraction.CSharpExtractorTests;

namespace EmpathyLint.Tests.Extraction;

public class CSharpSamplesTests
{
    private static string Sample(string relative) => File.ReadAllText(RepoPaths.Combine("samples", "SampleApp", relative));

    private static FormDocument ExtractSample(string relative) => Lint.Extract(Sample(relative), "samples/SampleApp/" + relative);

    [Fact]
    public void Gender_and_title_enums_are_closed_questions_about_a_person()
    {
        var gender = Assert.Single(Assert.Single(ExtractSample("Models/Gender.cs").Forms).Fields);
        Assert.Equal((FieldKind.Enum, "4:13-4:19", "gender"), (gender.Kind, At(gender.Span), gender.Concept));
        Assert.Equal(new[] { "Male", "Female" }, gender.Options.Select(o => o.Label));
        Assert.True(gender.IsAboutPerson);

        var title = Assert.Single(Assert.Single(ExtractSample("Models/Title.cs").Forms).Fields);
        Assert.Equal(("4:13-4:18", "title"), (At(title.Span), title.Concept));
        Assert.Equal(new[] { "Mr", "Mrs", "Ms", "Miss" }, title.Options.Select(o => o.Value));
    }

    [Fact]
    public void Department_enum_is_a_shop_filter()
    {
        var department = Assert.Single(Assert.Single(ExtractSample("Models/Department.cs").Forms).Fields);
        Assert.False(department.IsAboutPerson);
    }

    [Fact]
    public void Register_page_model_has_its_input_model_and_the_title_guess()
    {
        var document = ExtractSample("Pages/Account/Register.cshtml.cs");
        Assert.Equal(new[] { "RegisterModel", "InputModel" }, document.Forms.Select(f => f.Name));
        var input = document.Forms[1];
        var gender = input.Fields.Single(f => f.Name == "Gender");
        Assert.Equal(("61:24-61:30", "60:10-60:55"), (At(gender.Span), At(gender.Constraints.Required!.Span)));
        Assert.Equal((FieldKind.Select, false, "gender"), (gender.Kind, gender.OptionsKnown, gender.Concept));
        var first = input.Fields.Single(f => f.Name == "FirstName");
        Assert.Equal(("^[a-zA-Z]+$", 51), (first.Constraints.Pattern!.Value, first.Constraints.Pattern.Span.StartLine));
        var last = input.Fields.Single(f => f.Name == "LastName");
        Assert.Equal((55, 56, 56), (last.Constraints.Required!.Span.StartLine, last.Constraints.MinLength!.Span.StartLine, last.Constraints.MaxLength!.Span.StartLine));
        Assert.Equal("Date of birth", input.Fields.Single(f => f.Name == "DateOfBirth").DisplayName);
        var guess = Assert.Single(document.Observations);
        Assert.Equal(("title-to-gender", 40), (guess.Kind, guess.Span.StartLine));
        Assert.Equal("Input.Title == Title.Mr ? Gender.Male : Gender.Female", guess.Detail);
    }

    [Fact]
    public void Profile_and_inclusive_page_models_are_read_without_observations()
    {
        var profile = ExtractSample("Pages/Account/Profile.cshtml.cs");
        var input = profile.Forms.Single(f => f.Name == "InputModel");
        Assert.Equal((41, 43, 45, 47), (
            input.Fields.Single(f => f.Name == "NationalInsuranceNumber").Span.StartLine,
            input.Fields.Single(f => f.Name == "MaritalStatus").Span.StartLine,
            input.Fields.Single(f => f.Name == "Religion").Span.StartLine,
            input.Fields.Single(f => f.Name == "Ethnicity").Span.StartLine));
        Assert.Empty(profile.Observations);
        var inclusive = ExtractSample("Pages/Contact/Inclusive.cshtml.cs");
        Assert.Empty(inclusive.Observations);
        Assert.Equal(new[] { "FullName", "Email", "Message" }, inclusive.Forms.Single(f => f.Name == "InputModel").Fields.Where(f => f.Constraints.Required is not null).Select(f => f.Name));
    }

    [Fact]
    public void Enquiry_record_and_services()
    {
        var enquiry = Assert.Single(ExtractSample("Models/Enquiry.cs").Forms);
        Assert.Equal(8, enquiry.Fields.Count);
        Assert.Equal(FieldKind.Boolean, enquiry.Fields.Single(f => f.Name == "IsAdult").Kind);
        // Count => _enquiries.Count is computed, not a question.
        Assert.Empty(ExtractSample("Services/EnquiryInbox.cs").Forms);
    }

    [Fact]
    public void Project_context_from_the_sample_models()
    {
        var root = RepoPaths.Combine("samples", "SampleApp");
        var sources = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/") && !p.Contains("/bin/"))
            .Select(p => (Path.GetRelativePath(root, p), File.ReadAllText(p)));
        var context = ProjectContextBuilder.FromSources(sources);
        Assert.Equal(new[] { "Male", "Female" }, context.Enums["Gender"]);
        Assert.Equal(new[] { "Mr", "Mrs", "Ms", "Miss" }, context.Enums["Title"]);
        var gender = context.Members["RegisterModel.Input.Gender"];
        Assert.Equal(("InputModel", "Gender", "Gender", true), (gender.TypeName, gender.MemberName, gender.MemberType, gender.Required));
        Assert.True(context.Members["RegisterModel.InputModel.Gender"].Required);
        // Three page models have an InputModel with a Gender: unqualified keys would be a guess.
        Assert.False(context.Members.ContainsKey("Input.Gender"));
        Assert.False(context.Members.ContainsKey("Gender"));
        Assert.Equal("Date of birth", context.Members["Input.DateOfBirth"].DisplayName);
        Assert.Equal("DateTime", context.Members["InputModel.DateOfBirth"].MemberType);
        Assert.Equal("Department", context.Members["ProfileModel.Input.ShopFor"].MemberType);
        Assert.True(context.Members["InclusiveModel.Input.Email"].Required);
    }

    [Fact]
    public void Project_context_keys_nested_types_validators_and_drops_conflicts()
    {
        var context = ProjectContextBuilder.FromSources(new[]
        {
            ("b/Other.cs", "public class Other { public string? Email { get; set; } }\npublic enum Gender { Male, Female, NonBinary }"),
            ("a/Page.cs", """
                public class PageModel
                {
                    public InputModel Input { get; set; } = new();
                    public class InputModel
                    {
                        [Display(Name = "Email address"), CollectionPurpose("Receipts")]
                        public string? Email { get; set; }
                        public Gender Gender { get; set; }
                    }
                    public enum Gender { Male, Female }
                }
                public class InputModelValidator : AbstractValidator<InputModel>
                {
                    public InputModelValidator() { RuleFor(x => x.Email).NotEmpty(); }
                }
                """),
        });
        var email = context.Members["Input.Email"];
        Assert.Equal(("Email address", "Receipts", true, "string"), (email.DisplayName, email.Purpose, email.Required, email.MemberType));
        Assert.Same(email, context.Members["PageModel.Input.Email"]);
        Assert.False(context.Members.ContainsKey("Email"));
        Assert.False(context.Enums.ContainsKey("Gender"));
        Assert.Equal(new[] { "Male", "Female" }, context.Enums["PageModel.Gender"]);
    }

    [Fact]
    public void Scan_reports_binary_gender_enum_and_is_male_flag_from_cs_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "empathylint-cs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "Models"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "Models", "Gender.cs"), "namespace App;\n\npublic enum Gender\n{\n    Male,\n    Female,\n}\n");
            File.WriteAllText(Path.Combine(folder, "Models", "Person.cs"), "namespace App;\n\npublic class SignUpForm\n{\n    public string? Name { get; set; }\n    public bool IsMale { get; set; }\n}\n");
            File.WriteAllText(Path.Combine(folder, "Models", "Broken.cs"), "public class Broken { public string? Gender { get; set; \n");
            var configuration = LintConfiguration.CreateDefault();
            var files = ScanCommand.CollectFiles(new[] { folder }, configuration);
            var findings = EmpathyLint.Cli.Scanning.Scanner.Scan(files, configuration).Where(f => f.RuleId == "EL1001").ToList();
            Assert.Equal(
                new[] { "Gender.cs 3:13 'Gender' offers only 'Male' and 'Female'", "Person.cs 6:17 'IsMale' offers only true and false" },
                findings.Select(f => $"{Path.GetFileName(f.Path)} {f.Span.StartLine}:{f.Span.StartColumn} {f.Message.Split(':')[0]}"));
            Assert.DoesNotContain(EmpathyLint.Cli.Scanning.Scanner.Scan(files, configuration), f => f.RuleId == "EL0001");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
