using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL5001Tests
{
    [Fact]
    public void Email_without_autocomplete_is_reported_with_the_token()
    {
        var findings = Lint.Html("""
            <label for="e">Email address</label>
            <input type="email" id="e" name="email" required>
            """);
        var finding = Assert.Single(findings.Of("EL5001"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("'Email address' asks for the person's own details but has no autocomplete token: add autocomplete=\"email\"", finding.Message);
        Assert.Equal("email", finding.Properties["autocomplete"]);
    }

    [Theory]
    [InlineData("First name", "text", "given-name")]
    [InlineData("Nachname", "text", "family-name")]
    [InlineData("Téléphone", "tel", "tel")]
    [InlineData("Date of birth", "date", "bday")]
    [InlineData("Code postal", "text", "postal-code")]
    [InlineData("Full name", "text", "name")]
    public void Personal_fields_get_their_token(string label, string type, string token)
    {
        var findings = Lint.Html($"""
            <label for="q">{label}</label>
            <input type="{type}" id="q" name="q" autocomplete="on">
            """);
        var finding = Assert.Single(findings.Of("EL5001"));
        Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.EndsWith($"add autocomplete=\"{token}\"", finding.Message);
    }

    [Fact]
    public void Day_month_year_boxes_get_the_part_tokens()
    {
        var findings = Lint.Html("""
            <fieldset><legend>Date of birth</legend>
            <input name="dob-day" aria-label="Day">
            <input name="dob-month" aria-label="Month">
            <input name="dob-year" aria-label="Year">
            </fieldset>
            """);
        Assert.Equal(new[] { "bday-day", "bday-month", "bday-year" }, findings.Of("EL5001").Select(f => f.Properties["autocomplete"]));
    }

    [Fact]
    public void Blazor_input_text_is_reported()
    {
        var findings = Lint.Razor("""
            <EditForm Model="model">
              <label for="first-name">First name</label>
              <InputText id="first-name" @bind-Value="model.FirstName" />
            </EditForm>
            """);
        Assert.Equal(new[] { "3:3" }, findings.At("EL5001"));
    }

    [Theory]
    [InlineData("""<label for="e">Email</label><input type="email" id="e" name="email" autocomplete="off">""")]
    [InlineData("""<label for="e">Email</label><input type="email" id="e" name="email" autocomplete="emial">""")]
    [InlineData("""<label for="m">Mother's name</label><input id="m" name="mothersName">""")]
    [InlineData("""<label for="p">Pet's name</label><input id="p" name="petName">""")]
    [InlineData("""<label for="g">Gender</label><select id="g" name="gender"><option>Woman</option><option>Man</option></select>""")]
    [InlineData("""<label for="d">Date of birth</label><input type="date" id="d" name="dob" autocomplete="bday">""")]
    public void Deliberate_off_invalid_tokens_third_parties_animals_and_selects_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL5001"));
    }

    private const string FirstName = """<form method="post"><label for="f">First name</label><input id="f" name="firstName"></form>""";

    [Theory]
    [InlineData("src/app/patients/registration/basic-info/patient-basic-info.html")]
    [InlineData("Areas/Admin/Views/Users/Create.cshtml")]
    [InlineData("Views/Employee/EmployeePersonalDetails.cshtml")]
    [InlineData("Views/Student/Create.cshtml")]
    public void Forms_staff_fill_about_someone_else_are_not_reported(string path)
    {
        Assert.Empty(Lint.Source(FirstName, path).Of("EL5001"));
    }

    [Theory]
    [InlineData("Areas/Identity/Pages/Account/Register.cshtml")]
    [InlineData("Areas/Admin/Views/Account/Login.cshtml")]
    [InlineData("Views/Manage/Index.cshtml")]
    [InlineData("wwwroot/signup.html")]
    public void Self_service_forms_are_reported_even_beside_staff_words(string path)
    {
        Assert.Equal(new[] { "1:54" }, Lint.Source(FirstName, path).At("EL5001"));
    }
}
