using EmpathyLint.Cli.Commands;
using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Engine;

/// <summary>
/// Questions are assembled across the files of a scan: a C# member is judged when a form binds it or an
/// input model holds it, once, with the other places as related locations; storage is never judged.
/// </summary>
public class QuestionAssemblyTests
{
    private static List<Finding> Scan(params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "empathylint-q-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }
            var configuration = LintConfiguration.CreateDefault();
            return EmpathyLint.Cli.Scanning.Scanner.Scan(ScanCommand.CollectFiles(new[] { folder }, configuration), configuration);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] Lines(List<Finding> findings) =>
        findings.Select(f => $"{Path.GetFileName(f.Path)} {f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn} {f.Severity.ToName()}"
            + string.Concat(f.RelatedLocations.Select(r => $" +{Path.GetFileName(r.Path)}:{r.Span.StartLine}:{r.Span.StartColumn}"))).ToArray();

    private const string PatientEntity = """
        using System.ComponentModel.DataAnnotations;
        public class Patient
        {
            [Key] public int PatientId { get; set; }
            public int PatientAllergyId { get; set; }
            public int? TaxId { get; set; }
            public string Race { get; set; } = "";
            public System.DateTime DateOfBirth { get; set; }
            public string Religion { get; set; } = "";
        }
        """;

    [Fact]
    public void An_entity_no_form_binds_is_not_a_question()
    {
        Assert.Empty(Scan(("Models/Patient.cs", PatientEntity), ("Data/AppDb.cs", "public class AppDb { public DbSet<Patient> Patients { get; set; } }")));
    }

    [Fact]
    public void A_view_binding_some_members_makes_those_questions_with_the_control_as_related_location()
    {
        var findings = Scan(
            ("Models/Patient.cs", PatientEntity),
            ("Views/Patient/Create.cshtml", "@model App.Models.Patient\n<form method=\"post\">\n  <label asp-for=\"Race\">Race</label>\n  <input asp-for=\"Race\">\n</form>\n"));
        // Race is bound: judged once, at the control that asks it, with the member related. DateOfBirth and Religion are stored, not asked here.
        Assert.Equal(new[] { "Create.cshtml EL3001 4:3 warning +Patient.cs:7:19", "Create.cshtml EL3008 4:3 info +Patient.cs:7:19" }, Lines(findings));
        Assert.DoesNotContain(findings, f => f.Message.Contains("ate of birth", StringComparison.Ordinal) || f.Message.Contains("eligion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_controller_action_parameter_is_an_input_model_but_keys_and_foreign_keys_are_not_questions()
    {
        var findings = Scan(
            ("Models/Patient.cs", PatientEntity),
            ("Controllers/PatientsController.cs", "public class PatientsController : Controller { [HttpPost] public IActionResult Create(Patient patient) => View(); }"));
        Assert.Equal(new[] { "EL3001 7:19", "EL3001 9:19", "EL3003 8:28" }, findings.Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}").OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void Blazor_movie_tutorial_genre_is_not_gender()
    {
        var findings = Scan(
            ("Models/Movie.cs", """
                using System.ComponentModel.DataAnnotations;
                public class Movie
                {
                    public int Id { get; set; }
                    [Required] public string? Title { get; set; }
                    [Required] public string? Genre { get; set; }
                }
                """),
            ("Components/Pages/MoviePages/Create.razor", """
                <EditForm method="post" Model="Movie" OnValidSubmit="AddMovie" FormName="create" Enhance>
                    <InputText id="title" @bind-Value="Movie.Title" class="form-control" />
                    <InputText id="genre" @bind-Value="Movie.Genre" class="form-control" />
                </EditForm>
                @code {
                    [SupplyParameterFromForm] private Movie Movie { get; set; } = new();
                }
                """));
        Assert.Empty(findings);
    }

    [Fact]
    public void A_label_still_makes_genre_a_gender_question()
    {
        var findings = Scan(("inscription.html", "<form><label>Genre <select name=\"genre\"><option>Homme</option><option>Femme</option></select></label></form>"));
        Assert.Contains(findings, f => f.RuleId == "EL1001");
    }

    [Fact]
    public void A_view_model_nothing_binds_is_reported_for_review()
    {
        var finding = Assert.Single(Scan(("ViewModels/EmployeeViewModel.cs", "public class EmployeeViewModel { public string Religion { get; set; } = \"\"; }")));
        Assert.Equal(("EL3001", Severity.Info, true), (finding.RuleId, finding.Severity, finding.NeedsReview));
        Assert.StartsWith("Review: ", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public class EmployeeSearchRequest { public string? EthnicRaceCode { get; set; } public string? SsnNumber { get; set; } }")]
    [InlineData("public class CipherResponseModel { public string? Passport { get; set; } }")]
    [InlineData("public class PatientReportDto { public System.DateTime DateOfBirth { get; set; } public string? Religion { get; set; } }")]
    [InlineData("[System.CodeDom.Compiler.GeneratedCode(\"xsd\", \"4\")] public class EmployeeRow { public string? Religion { get; set; } }")]
    [InlineData("public class GenderSettings { public bool GenderEnabled { get; set; } public bool DateOfBirthRequired { get; set; } }")]
    [InlineData("public class SalaryRuleForm { public bool IsGenderSpecific { get; set; } public bool ShowDateOfBirth { get; set; } }")]
    public void Filters_read_models_generated_code_and_settings_are_not_questions(string code)
    {
        Assert.Empty(Scan(("Models/Model.cs", code)));
    }

    [Fact]
    public void Razor_page_input_model_and_validator_target_are_questions()
    {
        var findings = Scan(
            ("Pages/Register.cshtml.cs", """
                public class RegisterModel : PageModel
                {
                    [BindProperty] public Details Input { get; set; } = new();
                    public class Details { public string? Religion { get; set; } }
                }
                public class Applicant { public string? Religion { get; set; } }
                public class ApplicantValidator : AbstractValidator<Applicant> { public ApplicantValidator() { RuleFor(x => x.Religion).MaximumLength(40); } }
                """));
        Assert.Equal(new[] { "EL3001 4:43", "EL3001 6:41" }, findings.Where(f => f.RuleId == "EL3001").Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}"));
    }

    [Fact]
    public void A_markup_control_bound_to_a_member_names_the_member_as_related_location()
    {
        var findings = Scan(
            ("Pages/Profile.cshtml", "@model ProfileForm\n<form method=\"post\">\n  <select asp-for=\"Gender\"><option>Male</option><option>Female</option></select>\n</form>\n"),
            ("Pages/ProfileForm.cs", "public class ProfileForm { public string? Gender { get; set; } }"));
        var binary = Assert.Single(findings, f => f.RuleId == "EL1001");
        Assert.Equal("Profile.cshtml", Path.GetFileName(binary.Path));
        var related = Assert.Single(binary.RelatedLocations);
        Assert.Equal(("ProfileForm.cs", 1, 43, "model member"), (Path.GetFileName(related.Path), related.Span.StartLine, related.Span.StartColumn, related.Role));
    }

    [Fact]
    public void A_setting_checkbox_in_markup_is_not_a_question()
    {
        Assert.Empty(Scan(("Admin/settings.html", "<form><label><input type=\"checkbox\" name=\"GenderEnabled\"> Ask for gender</label></form>")));
    }

    [Fact]
    public void One_binary_gender_select_gives_the_broader_finding_only()
    {
        var findings = Scan(("signup.html", "<form><label>Gender <select name=\"gender\"><option>Male</option><option>Female</option></select></label></form>"));
        Assert.Contains(findings, f => f.RuleId == "EL1001");
        Assert.DoesNotContain(findings, f => f.RuleId == "EL1003");
    }
}
