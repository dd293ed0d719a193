using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Extraction;
using EmpathyLint.Extraction.Razor;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Extraction;

public class RazorExtractionTests
{
    private static FormDocument Extract(string code, string path = "Page.cshtml", ProjectContext? project = null, LintConfiguration? configuration = null) =>
        new LintEngine(configuration ?? LintConfiguration.CreateDefault(), project).Extract(path, code);

    private static string Model(string code, string path = "Page.cshtml", ProjectContext? project = null) => RazorModelText.Of(Extract(code, path, project));

    [Fact]
    public void Projection_keeps_length_and_line_breaks_and_blanks_code()
    {
        const string Source = "@page\r\n@{\r\n    var s = \"}</div><input>\";\r\n}\r\n<p>Hi @Model.Name!</p>\n";
        var projection = RazorProjector.Project(Source);
        Assert.Equal(Source.Length, projection.Markup.Length);
        var codeLine = new string(' ', "    var s = \"}</div><input>\";".Length);
        Assert.Equal("     \r\n  \r\n" + codeLine + "\r\n \r\n<p>Hi " + new string(' ', "@Model.Name".Length) + "!</p>\n", projection.Markup);
    }

    [Fact]
    public void Strings_chars_and_comments_in_code_never_end_a_block()
    {
        var model = Model(""""
            @{
                var a = "}"; var b = '}'; var c = @"say ""}"" <input name=x>"; var d = $"{(1 > 0 ? "}" : "{")} <b>";
                // } <input name="comment">
                /* } */
                var raw = """
                    } <select>
                    """;
            }
            <input name="after" aria-label="After">
            """");
        Assert.Equal("""
            form (implicit)
              Text 9:1 name=after labels=[AriaLabel:After]
            """, model);
    }

    [Fact]
    public void Markup_in_code_blocks_text_tags_and_colon_lines_is_read()
    {
        var model = Model("""
            @{
                var show = true;
                if (show)
                {
                    <label for="a">First name</label>
                    <input id="a" name="first">
                }
                <text><input name="second" aria-label="Second"></text>
                @: <input name="third" aria-label="Third">
            }
            """);
        Assert.Equal("""
            form (implicit)
              Text 6:9 name=first concept=given-name labels=[LabelFor:First name]
              Text 8:11 name=second labels=[AriaLabel:Second]
              Text 9:8 name=third labels=[AriaLabel:Third]
            """, model);
    }

    [Fact]
    public void Control_flow_bodies_keep_their_markup()
    {
        var document = Extract("""
            @switch (Model.Step)
            {
                case 1:
                    <input name="one" aria-label="One">
                    break;
                default:
                    <input name="two" aria-label="Two">
                    break;
            }
            @try { <input name="three" aria-label="Three"> } catch (Exception) { <p>Oops}</p> } finally { }
            @do { <input name="four" aria-label="Four"> } while (false);
            @if (a) { } else if (b) { <input name="five" aria-label="Five"> } else { <input name="six" aria-label="Six"> }
            @using (var scope = Begin()) { <input name="seven" aria-label="Seven"> }
            @lock (gate) { <input name="eight" aria-label="Eight"> }
            <input name="nine" aria-label="Nine">
            """);
        Assert.Equal(
            new[] { "one 4:9", "two 7:9", "three 10:8", "four 11:7", "five 12:27", "six 12:74", "seven 13:32", "eight 14:16", "nine 15:1" },
            document.Forms.SelectMany(f => f.Fields).Select(f => f.Name + " " + RazorModelText.At(f.Span)));
    }

    [Fact]
    public void Comments_escapes_directives_and_sections()
    {
        var document = Extract("""
            @page "/contact"
            @model ContactModel
            @using Shop.Models
            @inject IViewLocalizer Localizer
            @addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers
            <p>Write to help@@example.com or sales@example.com</p>
            @* empathylint-disable-next-line EL1001 -- the HR system needs it *@
            <input name="email" type="email" aria-label="Email">
            @section Scripts {
                <script>function f() { if (x) { return "}"; } }</script>
                <style>.a { color: red }</style>
            }
            <input name="after" aria-label="After section">
            """);
        Assert.Equal("""
            form (implicit)
              Email 8:1 name=email concept=email labels=[AriaLabel:Email]
              Text 13:1 name=after labels=[AriaLabel:After section]
            """, RazorModelText.Of(document));
        var comment = Assert.Single(document.Comments);
        Assert.Equal(" empathylint-disable-next-line EL1001 -- the HR system needs it ", comment.Text);
        Assert.Equal((7, 1, 7, 69), (comment.Span.StartLine, comment.Span.StartColumn, comment.Span.EndLine, comment.Span.EndColumn));
        var projection = RazorProjector.Project(document.Text);
        // "@@" is one literal "@": its first character is blanked, the address stays readable text.
        Assert.Contains("Write to help @example.com or sales@example.com", projection.Markup);
    }

    [Fact]
    public void Razor_values_inside_attributes_do_not_break_the_tag()
    {
        var model = Model("""
            <label><input type="radio" asp-for="Gender" value="M" checked="@(Model.Gender == "M")" /> Male</label>
            <label><input type="radio" asp-for="Gender" value="F" checked="@(Model.Gender == "F")" @(Model.Locked ? "disabled" : "") /> Female</label>
            <input asp-for="Nickname" class="@Model.Css["input"]" aria-label="Nickname">
            """);
        Assert.Equal("""
            form (implicit)
              RadioGroup 1:8 bind=Gender concept=gender options=[M=Male@1:8; F=Female@2:8]
              Text 3:1 bind=Nickname concept=preferred-name labels=[AriaLabel:Nickname]
            """, model);
    }

    [Fact]
    public void Localised_keys_use_resource_text_when_the_project_has_it()
    {
        var project = new ProjectContext();
        project.Resources["Account.Fields.Gender"] = "Gender identity";
        var model = Model("""
            @inject IStringLocalizer<Register> Loc
            <label for="g">@T("Account.Fields.Gender")</label>
            <select id="g" name="g">
              <option value="">@Loc["Select"]</option>
              <option value="m">@Loc["Male"]</option>
              <option value="f">@(Loc["Female"])</option>
            </select>
            <input name="city" placeholder="@Localizer["City"]" />
            """, project: project);
        Assert.Equal("""
            form (implicit)
              Select 3:1 name=g concept=gender labels=[Localized:Gender identity; Localized:Gender] options=[(placeholder)=Select@4:3; m=Male@5:3; f=Female@6:3]
              Text 8:1 name=city concept=city labels=[Localized:City]
            """, model);
    }

    [Fact]
    public void Loops_give_enum_members_literal_strings_or_unknown_options()
    {
        var project = new ProjectContext();
        project.Enums["Gender"] = new[] { "Female", "Male", "PreferNotToSay" };
        var model = Model("""
            <select name="a" aria-label="Gender">
              @foreach (var g in Enum.GetValues(typeof(Gender))) { <option value="@g">@g</option> }
            </select>
            <select name="b" aria-label="Gender">
              @foreach (var g in Enum.GetValues<Gender>().Where(g => g != Gender.Male)) { <option value="@g">@g</option> }
            </select>
            <select name="c" aria-label="Gender">
              @foreach (var g in new[] { "Woman", "Man" }) { <option>@g</option> }
            </select>
            <select name="d" aria-label="Gender">
              @for (var i = 0; i < Model.Items.Count; i++) { <option>@Model.Items[i]</option> }
            </select>
            """, project: project);
        Assert.Equal("""
            form (implicit)
              Select 1:1 name=a concept=gender labels=[AriaLabel:Gender] options=[Female=female@2:56; Male=male@2:56; PreferNotToSay=prefer not to say@2:56]
              Select 4:1 name=b concept=gender labels=[AriaLabel:Gender] options-unknown
              Select 7:1 name=c concept=gender labels=[AriaLabel:Gender] options=[Woman@8:30; Man@8:39]
              Select 10:1 name=d concept=gender labels=[AriaLabel:Gender] options-unknown
            """, model);
    }

    [Fact]
    public void Asp_items_from_a_model_list_of_enums_or_unknown_code()
    {
        var project = new ProjectContext();
        project.Enums["Gender"] = new[] { "Woman", "Man" };
        project.Members["Genders"] = new ModelMemberFacts("RegisterModel", "Genders") { MemberType = "List<Gender>" };
        var model = Model("""
            <select asp-for="Gender" asp-items="Model.Genders"></select>
            <select asp-for="Country" asp-items="Model.Countries"></select>
            <select asp-for="Title" asp-items='new List<SelectListItem> { new("Mr", "1"), new SelectListItem("Mx", "2") }'></select>
            """, project: project);
        Assert.Equal("""
            form (implicit)
              Select 1:1 bind=Gender concept=gender options=[Woman=woman@1:26; Man=man@1:26]
              Select 2:1 bind=Country concept=country options-unknown
              Select 3:1 bind=Title concept=title options=[1=Mr@3:63; 2=Mx@3:79]
            """, model);
    }

    [Fact]
    public void Radzen_data_and_configured_components()
    {
        var project = new ProjectContext();
        project.Enums["Gender"] = new[] { "Woman", "Man", "NonBinary" };
        var configuration = LintConfiguration.CreateDefault();
        Assert.True(ComponentMap.TryCreateBinding("select", "AcmeOption", "Value", null, "Label", null, out var binding, out _));
        configuration.Components = configuration.Components.Clone();
        configuration.Components.Add("AcmeSelect", binding!);
        Assert.False(ComponentMap.TryCreateBinding("dropdown", null, null, null, null, null, out _, out var problem));
        Assert.StartsWith("unknown component kind 'dropdown'", problem);
        var document = Extract("""
            <RadzenDropDown @bind-Value="model.Gender" Data="@(Enum.GetValues<Gender>())" Placeholder="Gender" />
            <AcmeSelect @bind-Value="model.Sex" Label="Sex">
              <AcmeOption Value="@("F")">Female</AcmeOption>
              <AcmeOption Value="@("M")">Male</AcmeOption>
            </AcmeSelect>
            """, "Component.razor", project, configuration);
        Assert.Equal("""
            form (implicit)
              Select 1:1 bind=model.Gender concept=gender labels=[Placeholder:Gender; ComponentLabel:Gender] options=[Woman=woman@1:44; Man=man@1:44; NonBinary=non binary@1:44]
              Select 2:1 bind=model.Sex concept=sex labels=[ComponentLabel:Sex] options=[F=Female@3:3; M=Male@4:3]
            """, RazorModelText.Of(document));
    }

    [Fact]
    public void Html_helpers_split_across_lines_and_without_For()
    {
        var model = Model("""
            <label for="Input_Email">Email</label>
            @Html.TextBoxFor(m => m.Input.Email,
                new { type = "email", autocomplete = "email", required = "required" })
            @Html.DropDownList("Country", (IEnumerable<SelectListItem>)ViewBag.Countries, "Select a country")
            @Html.ListBoxFor(m => m.Languages, new SelectList(new[] { "English", "Welsh" }))
            @Html.HiddenFor(m => m.Id)
            @Html.ValidationMessageFor(m => m.Input.Email)
            """);
        Assert.Equal("""
            form (implicit)
              Email 2:1 bind=Input.Email concept=email labels=[LabelFor:Email] required=required@3:51 autocomplete=email
              Select 4:1 bind=Country concept=country options=[(placeholder)=Select a country@4:79] options-unknown
              Select 5:1 bind=Languages options=[English@5:59; Welsh@5:70] multiple
            """, model);
    }

    [Fact]
    public void Unbalanced_code_never_throws()
    {
        foreach (var broken in new[] { "@{ var x = \"", "@if (x { <input name=a>", "@(Model.X", "<input value=\"@(\" name=a>", "@section S {", "@Html.TextBoxFor(m => m.X", "@*", "@", "<select>@foreach (var g in ) { <option>@g</option>" })
        {
            var findings = Lint.Cshtml(broken);
            Assert.DoesNotContain(findings, f => f.RuleId == "EL0001");
        }
    }

    [Fact]
    public void Resx_reader_reads_string_entries()
    {
        var resources = new Dictionary<string, string>();
        Assert.True(ResxReader.TryRead("""
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Gender" xml:space="preserve"><value>Geschlecht</value></data>
              <data name="Logo" type="System.Resources.ResXFileRef, System.Windows.Forms"><value>logo.png</value></data>
            </root>
            """, resources, out _));
        Assert.Equal(new Dictionary<string, string> { ["Gender"] = "Geschlecht" }, resources);
        Assert.False(ResxReader.TryRead("<root>", resources, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Cli_reads_resx_files_under_the_scanned_folder()
    {
        var dir = Directory.CreateTempSubdirectory("el-resx");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "Shared.resx"), """<root><data name="Account.Fields.Gender"><value>Gender identity</value></data></root>""");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "bin"));
            File.WriteAllText(Path.Combine(dir.FullName, "bin", "Old.resx"), """<root><data name="Old"><value>x</value></data></root>""");
            var project = new ProjectContext();
            EmpathyLint.Cli.Scanning.Scanner.AddResources(new[] { dir.FullName }, project);
            Assert.Equal(new Dictionary<string, string> { ["Account.Fields.Gender"] = "Gender identity" }, project.Resources);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Required_on_the_model_is_a_fact_reported_only_at_the_csharp_attribute()
    {
        var project = new ProjectContext();
        project.Members["LastName"] = new ModelMemberFacts("InputModel", "LastName") { Required = true };
        const string Page = """
            <label asp-for="Input.LastName">Last name</label>
            <input asp-for="Input.LastName" autocomplete="family-name" />
            """;
        var engine = new LintEngine(LintConfiguration.CreateDefault(), project);
        var field = engine.Extract("Page.cshtml", Page).Forms.Single().Fields.Single();
        Assert.Equal(RazorExtractor.RequiredOnModel, field.Constraints.Required!.Value);
        Assert.Equal("2:8", RazorModelText.At(field.Constraints.Required.Span));
        Assert.DoesNotContain(engine.Lint("Page.cshtml", Page), f => f.Span.StartLine == 2 && f.Span.StartColumn == 8);

        // A component's own model decides for its bound members: another model's bare "LastName" does not.
        var component = engine.Extract("Join.razor", """
            <InputText @bind-Value="person.LastName" />
            @code { private Person person = new(); }
            """);
        Assert.Null(component.Forms.Single().Fields.Single().Constraints.Required);
    }
}
