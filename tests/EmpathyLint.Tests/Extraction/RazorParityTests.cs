using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Extraction;

/// <summary>One form written as HTML, as a Razor page and as a Blazor component gives the same findings (ids and concepts; positions differ).</summary>
public class RazorParityTests
{
    private const string Html = """
        <form method="post">
          <label for="first">First name</label>
          <input id="first" name="FirstName" autocomplete="given-name" required>
          <label for="gender">Gender</label>
          <select id="gender" name="Gender">
            <option value="">Select…</option>
            <option value="Male">Male</option>
            <option value="Female">Female</option>
          </select>
          <fieldset>
            <legend>Sex</legend>
            <label><input type="radio" name="Sex" value="M"> Male</label>
            <label><input type="radio" name="Sex" value="F"> Female</label>
          </fieldset>
          <fieldset>
            <legend>Shop for</legend>
            <label><input type="radio" name="Department" value="Men"> Men</label>
            <label><input type="radio" name="Department" value="Women"> Women</label>
          </fieldset>
        </form>
        """;

    private const string Cshtml = """
        @page
        @model RegisterModel
        @{
            ViewData["Title"] = "Register } <select>";
        }
        <form method="post">
          <label asp-for="FirstName">First name</label>
          <input asp-for="FirstName" autocomplete="given-name" required>
          @if (Model.GenderEnabled)
          {
            <label asp-for="Gender">@Localizer["Gender"]</label>
            <select asp-for="Gender" asp-items="Html.GetEnumSelectList<Gender>()">
              <option value="">Select…</option>
            </select>
          }
          <fieldset>
            <legend>Sex</legend>
            <label>@Html.RadioButtonFor(m => m.Sex, "M") Male</label>
            <label>@Html.RadioButtonFor(m => m.Sex, "F") Female</label>
          </fieldset>
          <fieldset>
            <legend>Shop for</legend>
            @foreach (var department in new[] { "Men", "Women" })
            {
              <label><input type="radio" asp-for="Department" value="@department"> @department</label>
            }
          </fieldset>
        </form>
        """;

    private const string Razor = """
        @page "/register"
        <EditForm Model="model" FormName="register">
          <label for="first">First name</label>
          <InputText id="first" @bind-Value="model.FirstName" autocomplete="given-name" required />
          <label for="gender">Gender</label>
          <InputSelect id="gender" @bind-Value="model.Gender">
            <option value="">Select…</option>
            @foreach (var g in Enum.GetValues<Gender>())
            {
              <option value="@g">@g</option>
            }
          </InputSelect>
          <fieldset>
            <legend>Sex</legend>
            <InputRadioGroup @bind-Value="model.Sex">
              <label><InputRadio Value="@("M")" /> Male</label>
              <label><InputRadio Value="@("F")" /> Female</label>
            </InputRadioGroup>
          </fieldset>
          <fieldset>
            <legend>Shop for</legend>
            <InputRadioGroup @bind-Value="model.Department">
              <label><InputRadio Value="@("Men")" /> Men</label>
              <label><InputRadio Value="@("Women")" /> Women</label>
            </InputRadioGroup>
          </fieldset>
        </EditForm>
        @code {
            private readonly RegisterInput model = new();
            public sealed class RegisterInput { public string? Gender { get; set; } public string? Sex { get; set; } }
        }
        """;

    [Fact]
    public void Same_form_in_html_cshtml_and_razor_gives_the_same_findings_and_concepts()
    {
        var project = new ProjectContext();
        project.Enums["Gender"] = new[] { "Male", "Female" };
        var engine = new LintEngine(LintConfiguration.CreateDefault(), project);

        var results = new[] { ("form.html", Html), ("Register.cshtml", Cshtml), ("Register.razor", Razor) }
            .Select(source => (Findings: engine.Lint(source.Item1, source.Item2), Document: engine.Extract(source.Item1, source.Item2)))
            .ToList();

        var findings = results.Select(r => string.Join(", ", r.Findings.Select(f => f.RuleId + " " + f.Concept))).ToList();
        // Every rule merged so far takes part; EL1001 is pinned exactly, the rest must simply agree.
        Assert.Equal(new[] { "EL1001 gender", "EL1001 sex" }, results[0].Findings.Where(f => f.RuleId == "EL1001").Select(f => f.RuleId + " " + f.Concept));
        Assert.DoesNotContain(results[0].Findings, f => f.Span.StartLine >= 15);
        Assert.Equal(findings[0], findings[1]);
        Assert.Equal(findings[0], findings[2]);

        var concepts = results.Select(r => string.Join(", ", r.Document.Forms.Where(f => f.Kind == FormKind.Markup).SelectMany(f => f.Fields).Select(f => $"{f.Kind} {f.Concept} {(f.IsAboutPerson ? "person" : "thing")} {string.Join("/", f.Options.Where(o => !o.IsPlaceholder).Select(o => o.Meaning))}"))).ToList();
        Assert.Equal("Text given-name person , Select gender person male/female, RadioGroup sex person male/female, RadioGroup gender thing male/female", concepts[0]);
        Assert.Equal(concepts[0], concepts[1]);
        Assert.Equal(concepts[0], concepts[2]);
    }
}
