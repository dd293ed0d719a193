using System.Text;
using EmpathyLint.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>Markup arrives as AdditionalFiles; findings land on the file, line and column of the control.</summary>
public class MarkupTests
{
    /// <summary>One rule, so these host tests do not change as rules are added.</summary>
    private static readonly EmpathyLint.Rules.Rule[] OnlyEL1001 = { new EmpathyLint.Rules.Gender.EL1001BinaryGenderOptions() };

    private const string BinaryGenderSelect =
        "<form>\n" +
        "  <label for=\"gender\">Gender</label>\n" +
        "  <select id=\"gender\" name=\"gender\">\n" +
        "    <option value=\"\">Select…</option>\n" +
        "    <option>Male</option>\n" +
        "    <option>Female</option>\n" +
        "  </select>\n" +
        "</form>\n";

    private const string BinaryGenderMessage = "'Gender' offers only 'Male' and 'Female': add a non-binary answer, a way to self-describe and 'Prefer not to say'";

    private static AnalyzerTest Test(params (string Path, SourceText Text)[] additionalFiles)
    {
        var test = new AnalyzerTest(OnlyEL1001) { TestCode = "class Empty { }" };
        foreach (var file in additionalFiles) test.TestState.AdditionalFiles.Add(file);
        return test;
    }

    private static SourceText Utf8(string text) => SourceText.From(text, Encoding.UTF8);

    [Fact]
    public async Task Html_finding_is_reported_at_the_select_start_tag()
    {
        var test = Test(("/app/wwwroot/form.html", Utf8(BinaryGenderSelect)));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL1001").WithSpan("/app/wwwroot/form.html", 3, 3, 3, 37).WithArguments(BinaryGenderMessage).WithSeverity(DiagnosticSeverity.Warning));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("/app/Pages/Register.cshtml")]
    [InlineData("/app/Components/SignUp.razor")]
    [InlineData("/app/wwwroot/legacy.htm")]
    public async Task Every_markup_extension_is_linted(string path)
    {
        var test = Test((path, Utf8(BinaryGenderSelect)));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL1001").WithSpan(path, 3, 3, 3, 37).WithArguments(BinaryGenderMessage));
        await test.RunAsync();
    }

    [Fact]
    public async Task Razor_component_finding_is_reported_at_the_InputSelect()
    {
        const string razor =
            "<EditForm Model=\"model\">\n" +
            "  <label>Gender</label>\n" +
            "  <InputSelect @bind-Value=\"model.Gender\">\n" +
            "    <option value=\"Male\">Male</option>\n" +
            "    <option value=\"Female\">Female</option>\n" +
            "  </InputSelect>\n" +
            "</EditForm>\n";
        // The label text is the Razor extractor's business; the analyzer must carry the engine's message unchanged.
        var message = Assert.Single(new EmpathyLint.Engine.LintEngine(EmpathyLint.Configuration.LintConfiguration.CreateDefault(), null, OnlyEL1001).Lint("SignUp.razor", razor)).Message;
        var test = Test(("/app/Components/Pages/SignUp.razor", Utf8(razor)));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL1001").WithSpan("/app/Components/Pages/SignUp.razor", 3, 3, 3, 43).WithArguments(message));
        await test.RunAsync();
    }

    [Fact]
    public async Task Bom_and_crlf_do_not_shift_positions()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BinaryGenderSelect.Replace("\n", "\r\n"))).ToArray();
        var text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
        var test = Test(("/app/form.html", text));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL1001").WithSpan("/app/form.html", 3, 3, 3, 37).WithArguments(BinaryGenderMessage));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("/app/notes.txt")]
    [InlineData("/app/appsettings.json")]
    [InlineData("/app/Models/Form.cs")]
    [InlineData("/app/Resources/Labels.resx")]
    public async Task Other_additional_files_are_not_linted(string path)
    {
        await Test((path, Utf8(BinaryGenderSelect))).RunAsync();
    }

    [Fact]
    public async Task A_file_passed_twice_is_reported_once()
    {
        var test = Test(("/app/form.html", Utf8(BinaryGenderSelect)), ("/app/form.html", Utf8(BinaryGenderSelect)));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL1001").WithSpan("/app/form.html", 3, 3, 3, 37).WithArguments(BinaryGenderMessage));
        await test.RunAsync();
    }

    [Fact]
    public void A_file_passed_twice_is_reported_once_even_with_different_separators()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("C:\\app\\form.html", BinaryGenderSelect),
            new InMemoryAdditionalText("C:/app/form.html", BinaryGenderSelect),
        };
        var (diagnostics, exceptions) = AnalyzerRun.Run(Array.Empty<(string, string)>(), files, OnlyEL1001);
        Assert.Empty(exceptions);
        Assert.Equal(new[] { "EL1001 C:\\app\\form.html 3:3" }, diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}"));
    }

    [Fact]
    public async Task Binary_additional_file_is_EL0001_at_the_start_of_the_file()
    {
        var bytes = new byte[] { 0x3C, 0x66, 0x6F, 0x72, 0x6D, 0x3E, 0x00, 0x01, 0x02, 0x7F, 0x00, 0x3C, 0x2F };
        var text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
        var test = Test(("/app/image.html", text));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL0001").WithSpan("/app/image.html", 1, 1, 1, 1).WithArguments("File could not be scanned: the file looks binary (it contains NUL characters)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Text_the_compiler_decoded_with_a_legacy_code_page_is_EL0001()
    {
        // "<form><label>Café" in ISO-8859-1: byte 0xE9 at offset 16 is not UTF-8, so the compiler decoded it as Latin-1.
        var text = SourceText.From(new MemoryStream(Encoding.Latin1.GetBytes("<form><label>Caf\u00e9</label></form>")), Encoding.Latin1);
        var test = Test(("/app/latin1.html", text));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL0001").WithSpan("/app/latin1.html", 1, 1, 1, 1).WithArguments("File could not be scanned: the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset 16); save it as UTF-8"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Text_the_compiler_decoded_with_replacement_characters_is_EL0001_at_the_bad_byte()
    {
        // What the compiler does on Linux: "<form><label>Café" in ISO-8859-1 decoded as UTF-8, 0xE9 (offset 16) replaced.
        var bytes = Encoding.Latin1.GetBytes("<form><label>Caf\u00e9</label></form>");
        var text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
        Assert.Contains('\uFFFD', text.ToString());
        var test = Test(("/app/latin1.html", text));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EL0001").WithSpan("/app/latin1.html", 1, 1, 1, 1).WithArguments("File could not be scanned: the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset 16); save it as UTF-8"));
        await test.RunAsync();
    }

    [Fact]
    public void Unreadable_additional_file_is_EL0001()
    {
        var (diagnostics, exceptions) = AnalyzerRun.Run(Array.Empty<(string, string)>(), new AdditionalText[] { new InMemoryAdditionalText("/app/gone.html", (SourceText?)null) });
        Assert.Empty(exceptions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("EL0001", diagnostic.Id);
        Assert.Equal("File could not be scanned: the file could not be read", diagnostic.GetMessage());
        Assert.Equal("/app/gone.html", diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("<<<<form><select><option>Male<option>Female")]
    [InlineData("<form><select id=\"gender\"><option>Male</option><option>Female</option></form></select></select>")]
    [InlineData("@{ var x = \"<select>\"; } <form> @if (x) { <select><option>Male</option> } </form>")]
    [InlineData("<form><label for=gender>Gender</label><select id=gender><option>\uD800Male</option><option>Female\uDFFF</option></select></form>")]
    [InlineData("<!-- <form> --><form><input type=radio name=gender value=m><input type=radio name=gender value=f")]
    [InlineData("\uFEFF\uFEFF<form>\r\r\n\n<fieldset><legend>Gender</legend><label><input type=\"radio\" name=\"g\">Male</label></fieldset>")]
    public void Garbage_markup_never_throws(string markup)
    {
        foreach (var path in new[] { "/app/g.html", "/app/g.cshtml", "/app/g.razor" })
        {
            var (diagnostics, exceptions) = AnalyzerRun.Run(new[] { ("/app/Garbage.cs", markup) }, new AdditionalText[] { new InMemoryAdditionalText(path, markup) });
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.All(diagnostics, d => Assert.StartsWith("EL", d.Id, StringComparison.Ordinal));
        }
    }
}
