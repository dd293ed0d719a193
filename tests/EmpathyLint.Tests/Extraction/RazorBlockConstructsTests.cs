using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Extraction.Razor;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Extraction;

/// <summary>
/// Constructs inside Razor code blocks that must never hide the rest of the block: every control written
/// after them is still found, at its own position.
/// </summary>
public class RazorBlockConstructsTests
{
    private static string[] Fields(string code, string path = "Page.cshtml") =>
        new LintEngine(LintConfiguration.CreateDefault(), null).Extract(path, code)
            .Forms.Where(f => f.Kind == FormKind.Markup)
            .SelectMany(f => f.Fields)
            .OrderBy(f => f.Span.Start)
            .Select(f => (f.BoundMember ?? f.Name) + " " + RazorModelText.At(f.Span))
            .ToArray();

    [Fact]
    public void Html_comment_inside_a_begin_form_block_keeps_the_rest_of_the_block()
    {
        var fields = Fields("""
            @using (Html.BeginForm("Admit", "Student"))
            {
                <!-- Student's personal details -->
                <div class="row">
                    <input asp-for="FirstName" aria-label="First name">
                </div>
                <!-- Guardian -->
                @Html.TextBoxFor(m => m.MotherName)
            }
            <input name="after" aria-label="After">
            """);
        Assert.Equal(new[] { "FirstName 5:9", "MotherName 8:5", "after 10:1" }, fields);
    }

    [Fact]
    public void Html_comment_holding_braces_quotes_and_tags_inside_an_if_block()
    {
        var fields = Fields("""
            @if (Model.ShowPersonal)
            {
                <!-- } don't "close" <input name="ghost"> -->
                <input asp-for="Gender" aria-label="Gender">
            }
            else
            {
                <!-- nothing -->
                <input asp-for="Nickname" aria-label="Nickname">
            }
            """);
        Assert.Equal(new[] { "Gender 4:5", "Nickname 9:5" }, fields);
    }

    [Fact]
    public void Html_comment_after_a_statement_and_between_nested_blocks()
    {
        var fields = Fields("""
            @{
                var count = 1; <!-- a comment after a statement -->
                foreach (var i in Items) { <!-- each --> <input name="item" aria-label="Item"> }
                <!-- a comment --><input name="same-line" aria-label="Same line">
            }
            """);
        Assert.Equal(new[] { "item 3:46", "same-line 4:23" }, fields);
    }

    [Fact]
    public void Razor_comments_inside_blocks_and_between_statement_parts()
    {
        var fields = Fields("""
            @if (a)
            {
                @* don't } close *@
                <input name="one" aria-label="One">
            }
            @* between *@
            else
            {
                @* again *@ <input name="two" aria-label="Two">
            }
            @foreach (var x in xs) { @* } *@ <input name="three" aria-label="Three"> }
            """);
        Assert.Equal(new[] { "one 4:5", "two 9:17", "three 11:34" }, fields);
    }

    [Fact]
    public void Text_tags_and_colon_lines_with_braces_and_quotes()
    {
        var fields = Fields("""
            @if (a)
            {
                <text>Don't { forget</text>
                @: it's } here <input name="colon" aria-label="Colon">
                <input name="one" aria-label="One">
                <text><input name="inside-text" aria-label="Inside"> } </text>
                <input name="two" aria-label="Two">
            }
            """);
        Assert.Equal(new[] { "colon 4:20", "one 5:5", "inside-text 6:11", "two 7:5" }, fields);
    }

    [Fact]
    public void Code_blocks_inside_markup_inside_code()
    {
        var fields = Fields("""
            @if (a)
            {
                <div>
                    @{ var label = "}"; }
                    <input name="one" aria-label="@label">
                    @if (b) { <span>@{ var x = '{'; }</span> }
                    <input name="two" aria-label="Two">
                </div>
                <input name="three" aria-label="Three">
            }
            """);
        Assert.Equal(new[] { "one 5:9", "two 7:9", "three 9:5" }, fields);
    }

    [Fact]
    public void Verbatim_raw_and_interpolated_strings_in_blocks()
    {
        var fields = Fields(""""
            @if (a)
            {
                var v = @"C:\{ ""quoted"" }";
                var i = $"{Model.First} {{ {(x ? "}" : "{")} <p>";
                var r = """
                    { "json": "}" }
                    """;
                var ri = $$"""{{Model.Name}} { """;
                var c = '"';
                <input name="one" aria-label="One">
            }
            """");
        Assert.Equal(new[] { "one 10:5" }, fields);
    }

    [Fact]
    public void Sections_and_functions_with_comments_keep_what_follows()
    {
        var fields = Fields("""
            @section Form {
                <!-- the form } -->
                @if (a) { <!-- x --> <input name="in-section" aria-label="In section"> }
            }
            @functions {
                // don't } stop
                private string S = "}";
                /* { */
            }
            <input name="after" aria-label="After">
            """);
        Assert.Equal(new[] { "in-section 3:26", "after 10:1" }, fields);
    }

    [Fact]
    public void Blazor_if_block_with_comment_before_a_component()
    {
        var fields = Fields("""
            <EditForm Model="person">
                @if (ShowGender)
                {
                    <!-- optional -->
                    <InputText @bind-Value="person.LastName" aria-label="Last name" />
                }
            </EditForm>
            """, "Pages/Person.razor");
        Assert.Equal(new[] { "person.LastName 5:9" }, fields);
    }

    [Fact]
    public void Html_comment_in_code_is_kept_as_a_comment_in_the_projection()
    {
        const string Source = "@if (a) { <!-- } --> <b>x</b> }";
        var projection = RazorProjector.Project(Source);
        Assert.Equal(Source.Length, projection.Markup.Length);
        Assert.Equal("          <!-- } --> <b>x</b>  ", projection.Markup);
    }
}
