using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Extraction;

/// <summary>Real-world-shaped Razor pages: the whole extracted model, exactly, and the findings of the rules that exist.</summary>
public class RazorFixtureTests
{
    private static (FormDocument Document, List<Finding> Findings) Scan(string fixture, ProjectContext project)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Razor", fixture);
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(path, out var text, out var problem), problem);
        var engine = new LintEngine(LintConfiguration.CreateDefault(), project);
        var document = engine.Extract(fixture, text);
        return (document, engine.Lint(document));
    }

    private static List<string> Ids(IEnumerable<Finding> findings) => findings.Where(f => f.RuleId == "EL1001").Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}").ToList();

    [Fact]
    public void Commerce_registration_with_setting_gated_fields()
    {
        var project = new ProjectContext();
        project.Members["RegisterModel.FirstName"] = new ModelMemberFacts("RegisterModel", "FirstName") { Required = true };
        var (document, findings) = Scan("CommerceRegister.cshtml", project);

        // Fields inside @if (Model.GenderEnabled) { … } are read; @T("…") keys become label and answer words;
        // the SelectList of literal months and the TextBoxFor helper are read from C#; @{ } code and its strings yield nothing.
        Assert.Equal("""
            form 17:9
              RadioGroup 30:37 bind=Gender concept=gender labels=[Localized:Gender:] options=[M=Male@30:37; F=Female@34:37]
              Text 44:29 bind=FirstName concept=given-name labels=[LabelFor:first name] required=[Required] on the model@44:36
              Select 55:29 bind=DateOfBirthMonth concept=date-of-birth options=[(placeholder)=Month@56:33; January@55:100; February@55:111]
              Text 58:29 bind=DateOfBirthYear concept=date-of-birth labels=[Localized:Year] maxlength=4
              Email 63:25 bind=Email concept=email labels=[LabelFor:email]
            """, RazorModelText.Of(document));
        Assert.Equal(new[] { "EL1001 30:37" }, Ids(findings));
        Assert.Contains(document.Comments, c => c.Text.Contains("Setting-gated fields") && c.Span.StartLine == 11 && c.Span.StartColumn == 1);
    }

    [Fact]
    public void Admin_customer_editor_with_html_helpers()
    {
        var project = new ProjectContext();
        project.Enums["Gender"] = new[] { "Male", "Female" };
        project.Enums["Title"] = new[] { "Mr", "Mrs", "Miss" };
        project.Members["CustomerEditModel.Title"] = new ModelMemberFacts("CustomerEditModel", "Title") { MemberType = "Title", Required = true };
        project.Members["CustomerEditModel.DateOfBirth"] = new ModelMemberFacts("CustomerEditModel", "DateOfBirth") { MemberType = "DateTime?" };
        project.Members["CustomerEditModel.Surname"] = new ModelMemberFacts("CustomerEditModel", "Surname") { Required = true, DisplayName = "Family name" };
        project.Members["CustomerEditModel.FirstName"] = new ModelMemberFacts("CustomerEditModel", "FirstName") { Required = true };
        var (document, findings) = Scan("CustomerEditor.cshtml", project);

        // @using (Html.BeginForm(…)) is the form; each helper is a field at its @Html… expression; options come from
        // EnumDropDownListFor's enum, a literal SelectList, asp-items with GetEnumSelectList<Gender>(), a local list of
        // SelectListItems; a loop over an enum the scan cannot see leaves the options unknown.
        Assert.Equal("""
            form 13:9 name=Html.BeginForm
              Text 20:9 bind=FirstName concept=given-name labels=[LabelFor:First name] required=[Required] on the model@20:26 maxlength=30 autocomplete=given-name
              Text 25:9 bind=Surname concept=family-name labels=[LabelFor:Family name] required=required@30:17 pattern@29:17
              Select 35:9 bind=Title concept=title labels=[LabelFor:title] options=[(placeholder)=Select a title@35:49; Mr=mr@35:35; Mrs=mrs@35:35; Miss=miss@35:35] required=[Required] on the model@35:35
              RadioGroup 39:16 bind=Gender concept=gender labels=[Localized:Gender] options=[Male@39:16; Female@40:16]
              Select 45:9 bind=Sex concept=sex labels=[LabelFor:Sex] options=[(placeholder)=--@45:87; Male@45:66; Female@45:74]
              Select 49:9 bind=PreferredGender concept=gender labels=[LabelFor:Preferred gender] options=[(placeholder)=Choose…@50:13; Male=male@49:43; Female=female@49:43]
              Select 55:9 name=Pronoun concept=pronouns labels=[LabelFor:Pronoun] options-unknown
              Select 64:9 bind=Salutation concept=title labels=[LabelFor:Salutation] options=[Mr@7:9; Mrs@8:9]
              Date 68:9 bind=DateOfBirth concept=date-of-birth labels=[LabelFor:date of birth] autocomplete=bday
              TextArea 72:9 bind=Notes labels=[LabelFor:Notes]
              Checkbox 75:16 bind=IsActive labels=[WrappingLabel:Active] options=[=Active@75:16]
              Text 79:9 bind=Password concept=password labels=[LabelFor:Reset password]
            """, RazorModelText.Of(document));
        Assert.Equal(new[] { "EL1001 39:16", "EL1001 45:9", "EL1001 49:9" }, Ids(findings));
        var surname = document.Forms[0].Fields.Single(f => f.BoundMember == "Surname");
        Assert.Equal((25, 9, 31, 15), (surname.Span.StartLine, surname.Span.StartColumn, surname.Span.EndLine, surname.Span.EndColumn));
        Assert.Equal("Html.TextBoxFor", surname.ElementName);
        Assert.Equal("Surname", surname.Name);
    }

    [Fact]
    public void Blazor_sign_up_with_builtin_and_third_party_components()
    {
        var project = new ProjectContext();
        project.Enums["Gender"] = new[] { "Male", "Female" };
        project.Members["Member.FirstName"] = new ModelMemberFacts("Member", "FirstName") { Required = true };
        project.Members["Member.Gender"] = new ModelMemberFacts("Member", "Gender") { Required = true, MemberType = "Gender?" };
        var (document, findings) = Scan("BlazorSignUp.razor", project);

        // The @foreach over Enum.GetValues<Gender>() gives the enum's members at the <option> template;
        // MudSelect/MudRadioGroup items and RadzenDropDown's Data= (options unknown) come from the component map.
        // The @code block (strings with '}' and "<b>", a char '}', comments) yields nothing.
        Assert.Equal("""
            form 13:1
              Text 17:9 bind=member.FirstName concept=given-name labels=[Localized:First name] required=[Required] on the model@17:31 autocomplete=given-name
              TextArea 21:9 bind=member.About labels=[LabelFor:About you] maxlength=500
              Number 25:9 bind=member.Age concept=age labels=[LabelFor:Age]
              Date 29:9 bind=member.DateOfBirth concept=date-of-birth labels=[LabelFor:Date of birth]
              Select 33:9 bind=member.Gender concept=gender labels=[LabelFor:Gender] options=[(placeholder)=Select…@34:13; Male=male@37:17; Female=female@37:17] required=[Required] on the model@33:34
              RadioGroup 43:9 bind=member.Title concept=title labels=[Legend:Title] options=[Mr@44:20; Ms@45:20; Mx@46:20]
              Text 51:9 bind=member.Nickname concept=preferred-name labels=[LabelFor:Nickname]
              Select 53:5 bind=member.Sex concept=sex labels=[ComponentLabel:Sex] options=[M=Male@54:9; F=Female@55:9]
              RadioGroup 57:5 bind=member.Pronouns concept=pronouns labels=[ComponentLabel:Pronouns] options=[she=she/her@58:9; he=he/him@59:9; they=they/them@60:9]
              Select 62:5 bind=member.Country concept=country labels=[Placeholder:Country; ComponentLabel:Country] options-unknown
              Checkbox 63:12 bind=member.Newsletter labels=[WrappingLabel:Send me the newsletter]
            """, RazorModelText.Of(document));
        Assert.Equal(new[] { "EL1001 33:9", "EL1001 53:5" }, Ids(findings));
    }

    [Fact]
    public void Identity_register_page_with_bom_and_crlf()
    {
        var raw = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Razor", "IdentityRegister.cshtml"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, raw.Take(3));
        Assert.Contains("\r\n", System.Text.Encoding.UTF8.GetString(raw));
        var (document, findings) = Scan("IdentityRegister.cshtml", new ProjectContext());

        // Markup inside @{ if … else … } and @foreach is read (the external-login form has only buttons);
        // @section Scripts with a script holding braces is skipped without ending early.
        Assert.Equal("""
            form 11:9 name=registerForm
              Text 16:17 bind=Input.Email concept=username labels=[LabelFor:Email; Placeholder:name@example.com] required=aria-required@16:91 autocomplete=username
              Text 21:17 bind=Input.Password concept=password labels=[LabelFor:Password; Placeholder:password] required=aria-required@21:98 autocomplete=new-password
              Text 26:17 bind=Input.ConfirmPassword concept=password labels=[LabelFor:Confirm Password; Placeholder:password] required=aria-required@26:105 autocomplete=new-password
            form 49:21 name=external-account
            """, RazorModelText.Of(document));
        Assert.Empty(findings);
        var email = document.Forms[0].Fields[0];
        Assert.Equal((16, 17, 16, 145), (email.Span.StartLine, email.Span.StartColumn, email.Span.EndLine, email.Span.EndColumn));
    }
}
