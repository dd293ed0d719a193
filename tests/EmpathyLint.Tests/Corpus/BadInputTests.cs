using System.Text;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Corpus;

/// <summary>
/// Broken, hostile and odd files: each must come back, within a generous bound, with EL0001 and its reason or
/// with the findings its readable part deserves. The bound is a hang guard, not a speed assertion.
/// </summary>
public class BadInputTests
{
    private const string Folder = "tests/EmpathyLint.Tests/Fixtures/BadInput";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    // ------------------------------------------------------------------ bytes

    [Theory]
    [InlineData("png-named-html.html", "the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset 0); save it as UTF-8")]
    [InlineData("invalid-utf8.html", "the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset 19); save it as UTF-8")]
    [InlineData("nul-in-middle.html", "the file looks binary (it contains NUL characters)")]
    [InlineData("utf16le-no-bom.html", "the file looks like UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with a byte order mark)")]
    public void Unreadable_bytes_are_reported_with_the_reason(string file, string reason)
    {
        var bytes = File.ReadAllBytes(Path(file));
        Assert.False(SourceFileReader.TryDecode(bytes, out var text, out var problem));
        Assert.Equal(reason, problem);
        Assert.Equal("", text);
    }

    [Fact]
    public void The_invalid_offset_points_at_the_bad_byte()
    {
        var bytes = File.ReadAllBytes(Path("invalid-utf8.html"));
        Assert.Equal(0xE9, bytes[19]);
    }

    [Fact]
    public void Utf16_big_endian_without_a_byte_order_mark_is_named_too()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes("<form><label>Name <input name=\"n\"></label></form>");
        Assert.False(SourceFileReader.TryDecode(bytes, out _, out var problem));
        Assert.StartsWith("the file looks like UTF-16 text without a byte order mark", problem);
    }

    [Theory]
    [InlineData("utf16le-bom.html")]
    [InlineData("utf16be-bom.html")]
    public void Utf16_with_a_byte_order_mark_gives_the_same_findings_as_utf8(string file)
    {
        Assert.True(SourceFileReader.TryDecode(File.ReadAllBytes(Path(file)), out var text, out _));
        var findings = Run(text, file);
        Assert.Equal(new[] { "EL1005 1:1", "EL1001 3:3", "EL3008 3:3" }, Describe(findings));
    }

    [Theory]
    [InlineData("empty.html")]
    [InlineData("whitespace-only.html")]
    public void Empty_and_blank_files_scan_cleanly(string file)
    {
        Assert.True(SourceFileReader.TryDecode(File.ReadAllBytes(Path(file)), out var text, out _));
        Assert.Empty(Run(text, file));
        Assert.Empty(Run(text, System.IO.Path.ChangeExtension(file, ".razor")));
        Assert.Empty(Run(text, System.IO.Path.ChangeExtension(file, ".cs")));
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_handed_over_as_text_gets_the_same_reason()
    {
        // The compiler reads such a file as UTF-8 and hands the analyzer text full of NULs.
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path("utf16le-no-bom.html")));
        var finding = Assert.Single(Run(text, "utf16le-no-bom.html"));
        Assert.Equal("File could not be scanned: the file looks like UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with a byte order mark)", finding.Message);
    }

    [Fact]
    public void A_nul_in_text_handed_over_by_a_host_is_reported_not_parsed()
    {
        var finding = Assert.Single(Run("<form><label>Gender <select><option>Male</option>\0<option>Female</option></select></label></form>", "form.html"));
        Assert.Equal(("EL0001", 1, 1), (finding.RuleId, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.EndsWith("the file looks binary (it contains NUL characters)", finding.Message);
    }

    // ------------------------------------------------------------------ markup

    [Theory]
    [InlineData("unclosed-comment.html", new[] { "EL1005 1:1", "EL1001 3:3", "EL3008 3:3" })]
    [InlineData("unclosed-tags.html", new[] { "EL1005 1:1", "EL1001 6:3", "EL3008 6:3" })]
    [InlineData("form-in-form.html", new[] { "EL1005 1:1", "EL2001 6:5" })]
    [InlineData("attributes-without-values.html", new[] { "EL1005 1:1", "EL5001 3:3", "EL3008 5:3", "EL1004 5:37" })]
    [InlineData("duplicate-ids.html", new[] { "EL1005 1:1", "EL1001 7:3", "EL3008 7:3", "EL1001 9:3" })]
    [InlineData("labels-for-missing-ids.html", new[] { "EL1005 1:1", "EL1001 4:3", "EL3008 4:3" })]
    [InlineData("invalid-regex-pattern.html", new string[0])]
    [InlineData("catastrophic-pattern.html", new[] { "EL2010 3:56" })]
    [InlineData("razor-unbalanced-braces.razor", new[] { "EL1005 3:1", "EL1001 6:9", "EL3008 6:9" })]
    [InlineData("razor-code-never-closed.cshtml", new[] { "EL1005 6:1", "EL2001 8:5" })]
    [InlineData("razor-comment-never-closed.cshtml", new[] { "EL1005 2:1", "EL1001 4:5", "EL3008 4:5" })]
    [InlineData("csharp-syntax-errors.cs", new[] { "EL1003 3:13", "EL1004 12:6" })]
    [InlineData("not-csharp.cs", new string[0])]
    public void Broken_sources_give_the_findings_their_readable_part_deserves(string file, string[] expected)
    {
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(Path(file), out var text, out var problem), problem);
        Assert.Equal(expected, Describe(Run(text, file)));
    }

    [Fact]
    public void The_commented_out_questions_are_not_judged()
    {
        // The title selects after an unclosed "<!--" and an unclosed "@*" are commented out, not questions.
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(Path("unclosed-comment.html"), out var html, out _));
        Assert.DoesNotContain(Run(html, "unclosed-comment.html"), f => f.RuleId.StartsWith("EL20", StringComparison.Ordinal));
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(Path("razor-comment-never-closed.cshtml"), out var razor, out _));
        Assert.DoesNotContain(Run(razor, "razor-comment-never-closed.cshtml"), f => f.RuleId.StartsWith("EL20", StringComparison.Ordinal));
    }

    [Fact]
    public void Attributes_without_values_are_neither_a_pattern_nor_a_length()
    {
        Assert.True(EmpathyLint.Cli.Files.SourceFiles.TryRead(Path("attributes-without-values.html"), out var text, out _));
        var field = Lint.Extract(text).Forms.SelectMany(f => f.Fields).First(f => f.Name == "firstName");
        Assert.Null(field.Constraints.MinLength);
        Assert.Null(field.Constraints.MaxLength);
        Assert.Equal("", field.Constraints.Pattern?.Value);
        Assert.Equal("", field.Constraints.Autocomplete?.Value);
    }

    // ------------------------------------------------------------------ generated

    [Theory]
    [InlineData("div")]
    [InlineData("fieldset")]
    [InlineData("label")]
    [InlineData("span")]
    public void Ten_thousand_nested_elements_do_not_crash_or_hang(string tag)
    {
        var text = new StringBuilder("<form>\n")
            .Insert(7, $"<{tag}>", 10_000)
            .Append("<label for=\"g\">Gender</label><select id=\"g\" name=\"gender\"><option>Male</option><option>Female</option></select>")
            .Append(string.Concat(Enumerable.Repeat($"</{tag}>", 10_000)))
            .Append("\n</form>\n")
            .ToString();
        var findings = Run(text, "deep.html");
        var limit = Assert.Single(findings);
        Assert.Equal(("EL0001", 1, 1), (limit.RuleId, limit.Span.StartLine, limit.Span.StartColumn));
        Assert.Equal("File could not be scanned: the markup nests elements more than 500 levels deep, beyond what the HTML parser keeps (it flattens deeper elements, as browsers do)", limit.Message);
    }

    [Fact]
    public void Nesting_just_under_the_limit_with_many_siblings_is_scanned_normally()
    {
        const int Depth = 490;
        var text = "<form>\n" + string.Concat(Enumerable.Repeat("<div>", Depth))
            + "<label for=\"g\">Gender</label><select id=\"g\" name=\"gender\"><option>Male</option><option>Female</option></select>"
            + string.Concat(Enumerable.Repeat("<p>text</p>", 20_000))
            + string.Concat(Enumerable.Repeat("</div>", Depth)) + "\n</form>\n";
        Assert.Equal(new[] { "EL1005 1:1", "EL1001 2:2480", "EL3008 2:2480" }, Describe(Run(text, "nested.html")));
    }

    [Fact]
    public void Deeply_nested_csharp_is_reported_instead_of_parsed_for_minutes()
    {
        const string Reason = "File could not be scanned: the code nests brackets more than 500 levels deep, beyond what the C# parser reads in reasonable time";
        var csharp = "class C { int M() => " + new string('(', 100_000) + "1" + new string(')', 100_000) + "; }";
        var finding = Assert.Single(Run(csharp, "Deep.cs"));
        Assert.Equal(("EL0001", 1, 1, Reason), (finding.RuleId, finding.Span.StartLine, finding.Span.StartColumn, finding.Message));

        // Parsed once by the CLI for the project context too: that parse must not hang either.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(EmpathyLint.Extraction.CSharp.CSharpExtractor.Parse(csharp).GetRoot().DescendantNodes());
        Assert.True(clock.Elapsed < HangGuard);
    }

    [Fact]
    public void Csharp_nested_up_to_the_limit_is_read()
    {
        var csharp = "public enum Gender { Male, Female }\nclass C { int M() => " + new string('(', 400) + "1" + new string(')', 400) + "; }";
        Assert.Equal(new[] { "EL1001 1:13" }, Describe(Run(csharp, "Model.cs")));
    }

    [Fact]
    public void Razor_code_nested_hundreds_of_blocks_deep_is_read()
    {
        var razor = "@{\n" + string.Concat(Enumerable.Repeat("if (a) {\n", 900)) + string.Concat(Enumerable.Repeat("}\n", 900)) + "}\n<select name=\"gender\"><option>Male</option><option>Female</option></select>\n";
        var findings = Run(razor, "Deep.razor");
        Assert.Contains("EL1001", findings.Select(f => f.RuleId));
    }

    [Fact]
    public void A_select_with_a_hundred_thousand_options_is_judged()
    {
        var text = new StringBuilder("<form>\n<label for=\"g\">Gender</label>\n<select id=\"g\" name=\"gender\"><option>Male</option><option>Female</option>");
        for (var i = 0; i < 100_000; i++) text.Append("<option>Answer ").Append(i).Append("</option>");
        text.Append("</select>\n</form>\n");
        var findings = Run(text.ToString(), "options.html");
        // 100,002 answers are not a binary choice; what is left is judged as for any gender question.
        Assert.Equal(new[] { "EL1005 1:1", "EL1003 3:1", "EL3008 3:1" }, Describe(findings));
    }

    [Fact]
    public void Enormous_attribute_values_are_scanned_and_oversized_ones_reported()
    {
        var value = new string('x', 4 * 1024 * 1024);
        var text = $"<form>\n<label for=\"f\">First name</label>\n<input id=\"f\" name=\"firstName\" autocomplete=\"given-name\" placeholder=\"{value}\" data-x='{value[..100_000]}'>\n</form>\n";
        Assert.Empty(Run(text, "huge.html"));

        var tooLarge = $"<input name=\"firstName\" placeholder=\"{new string('x', (int)SourceFileReader.MaxBytes)}\">";
        var finding = Assert.Single(Run(tooLarge, "too-large.html"));
        Assert.Equal("EL0001", finding.RuleId);
        Assert.Contains("above the 8 MiB limit for a form", finding.Message);
    }

    [Fact]
    public void A_catastrophic_name_pattern_returns_within_the_guard()
    {
        // Nested quantifiers over a long name: the judge gives up within its budget instead of backtracking for hours.
        var text = "<form><label for=\"n\">Full name</label><input id=\"n\" name=\"fullName\" autocomplete=\"name\" pattern=\"(([a-zA-Z]+)*\\s?)*\"></form>";
        Assert.DoesNotContain(Run(text, "catastrophic.html"), f => f.RuleId == "EL0001");
    }

    // ------------------------------------------------------------------ helpers

    private static string Path(string file) => RepoPaths.Combine(Folder.Split('/').Append(file).ToArray());

    /// <summary>Lints on another thread and fails, instead of hanging the run, if it does not come back.</summary>
    private static List<Finding> Run(string text, string path)
    {
        var task = Task.Run(() => Lint.Source(text, path));
        Assert.True(task.Wait(HangGuard), $"linting {path} did not finish within {HangGuard.TotalSeconds} s");
        return task.Result;
    }

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}").ToList();
}
