using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Extraction;

/// <summary>Every form field of the sample app's Razor pages (samples/README.md) is in the model, at its exact place, and nothing comes from code.</summary>
public class RazorSampleTests
{
    [Theory]
    [InlineData("Pages/Account/Register.cshtml", "16:9 Input.Title", "28:9 Input.FirstName", "34:9 Input.LastName", "40:16 Input.Gender", "47:9 Input.Email", "53:9 Input.Password", "59:9 Input.Country", "66:13 Input.DateOfBirth", "73:13 Input.MaidenName", "81:9 Input.SecurityQuestion", "87:9 Input.SecurityAnswer", "91:9 Input.AcceptTerms")]
    [InlineData("Pages/Account/Profile.cshtml", "16:9 Input.FullName", "21:9 Input.Gender", "33:9 Input.Pronouns", "39:9 Input.LineManager", "46:9 Input.SexOrGender", "58:9 Input.NationalInsuranceNumber", "64:9 Input.MaritalStatus", "78:9 Input.Religion", "94:16 Input.Ethnicity", "105:9 Input.MothersName", "113:16 Input.ShopFor")]
    [InlineData("Components/Pages/SignUp.razor", "20:9 model.Title", "29:9 model.FirstName", "35:9 model.LastName", "40:9 model.Email", "46:9 model.Gender", "56:9 model.DateOfBirth", "61:9 model.HeardFrom", "71:9 model.AcceptTerms")]
    [InlineData("Components/Pages/PetRegistration.razor", "16:9 pet.OwnerName", "20:9 pet.OwnerPhone", "26:9 pet.Name", "30:9 pet.Species", "41:9 pet.Sex", "48:9 pet.DateOfBirth", "51:9 pet.Neutered")]
    [InlineData("Components/Pages/CableOrder.razor", "13:9 order.ConnectorGender", "20:9 order.LengthCm", "28:9 order.Quantity")]
    [InlineData("Pages/Contact/Inclusive.cshtml", "20:9 Input.FullName", "27:9 Input.FormOfAddress", "33:9 Input.Pronouns", "38:9 Input.Email", "45:16 Input.Gender", "50:9 gender-self-describe", "57:16 Input.IsAdult", "63:9 Input.Message")]
    public void Sample_fields_are_extracted(string file, params string[] expected)
    {
        var path = RepoPaths.Combine("samples", "SampleApp", file);
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(path, out var text, out var problem), problem);
        var document = new LintEngine(LintConfiguration.CreateDefault()).Extract(file, text);
        var fields = document.Forms.Where(f => f.Kind == FormKind.Markup).SelectMany(f => f.Fields).Select(f => $"{f.Span.StartLine}:{f.Span.StartColumn} {f.BoundMember ?? f.Name}");
        Assert.Equal(expected, fields);
    }

    [Fact]
    public void Profile_localised_labels_and_utf8_bom_crlf_positions()
    {
        var path = RepoPaths.Combine("samples", "SampleApp", "Pages", "Account", "Profile.cshtml");
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(path, out var text, out _));
        var document = new LintEngine(LintConfiguration.CreateDefault()).Extract("Profile.cshtml", text);
        var fields = document.Forms.SelectMany(f => f.Fields).ToList();
        var gender = fields.Single(f => f.BoundMember == "Input.Gender");
        Assert.Equal("Localized:Gender", string.Join("; ", gender.Labels.Select(l => l.Source + ":" + l.Text)));
        Assert.Equal(new[] { "Select", "Male", "Female", "Other", "Prefer not to say" }, gender.Options.Select(o => o.Label));
        Assert.Equal((21, 9, 21, 71), (gender.Span.StartLine, gender.Span.StartColumn, gender.Span.EndLine, gender.Span.EndColumn));
        // "Sex/Gender" is written in plain text, not localised, even though a "Gender" key exists on the page.
        Assert.Equal("LabelFor:Sex/Gender", string.Join("; ", fields.Single(f => f.BoundMember == "Input.SexOrGender").Labels.Select(l => l.Source + ":" + l.Text)));
        var ni = fields.Single(f => f.BoundMember == "Input.NationalInsuranceNumber");
        var hint = Assert.Single(ni.Hints);
        Assert.Equal((59, 9), (hint.Span.StartLine, hint.Span.StartColumn));
        Assert.Contains("‘QQ 12 34 56 C’", hint.Text);
    }

    [Fact]
    public void Models_in_code_blocks_are_read_as_csharp_and_judged_once_at_the_member()
    {
        var path = RepoPaths.Combine("samples", "SampleApp", "Components", "Pages", "SignUp.razor");
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(path, out var text, out var problem), problem);
        var engine = new LintEngine(LintConfiguration.CreateDefault());
        var model = Assert.Single(engine.Extract("SignUp.razor", text).Forms, f => f.Kind == FormKind.Model);
        var gender = model.Fields.Single(f => f.Name == "Gender");
        Assert.Equal("[Required]", gender.Constraints.Required!.Value);
        var findings = engine.Lint("SignUp.razor", text);
        // [Required] on Gender (line 100) and DateOfBirth (line 103), as samples/README.md lists; autofill rules never judge C#.
        Assert.Contains(findings, f => f.RuleId == "EL1004" && f.Span.StartLine == 100);
        Assert.Contains(findings, f => f.RuleId == "EL3003" && f.Span.StartLine == 103);
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("EL5", StringComparison.Ordinal) && f.Span.StartLine > 80);
    }

    [Fact]
    public void A_code_block_model_named_after_an_animal_is_not_about_a_person_but_its_owner_fields_are()
    {
        var path = RepoPaths.Combine("samples", "SampleApp", "Components", "Pages", "PetRegistration.razor");
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(path, out var text, out var problem), problem);
        var engine = new LintEngine(LintConfiguration.CreateDefault());
        var model = Assert.Single(engine.Extract("PetRegistration.razor", text).Forms, f => f.Kind == FormKind.Model);
        Assert.False(model.Fields.Single(f => f.Name == "Sex").IsAboutPerson);
        Assert.False(model.Fields.Single(f => f.Name == "DateOfBirth").IsAboutPerson);
        Assert.True(model.Fields.Single(f => f.Name == "OwnerName").IsAboutPerson);
        Assert.Empty(engine.Lint("PetRegistration.razor", text));
    }
}
