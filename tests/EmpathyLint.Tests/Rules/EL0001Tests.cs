using System.Text;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Model;
using EmpathyLint.Rules;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

/// <summary>A file that cannot be scanned is reported with the reason, never skipped and never a crash.</summary>
public class EL0001Tests
{
    [Fact]
    public void Binary_text_is_reported_at_the_start_of_the_file()
    {
        var finding = Assert.Single(Lint.Html("<form>\0</form>"));
        Assert.Equal(("EL0001", 1, 1, Severity.Warning), (finding.RuleId, finding.Span.StartLine, finding.Span.StartColumn, finding.Severity));
        Assert.Equal("File could not be scanned: the file looks binary (it contains NUL characters)", finding.Message);
    }

    [Fact]
    public void Bad_encoding_is_explained_with_the_offset()
    {
        var bytes = Encoding.Latin1.GetBytes("<label>Género</label>");
        Assert.False(SourceFileReader.TryDecode(bytes, out _, out var problem));
        Assert.Equal("the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset 8); save it as UTF-8", problem);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>Género</p>")).ToArray();
        Assert.True(SourceFileReader.TryDecode(bytes, out var text, out _));
        Assert.Equal("<p>Género</p>", text);
    }

    [Fact]
    public void A_file_above_the_size_limit_is_reported_not_scanned()
    {
        var bytes = new byte[SourceFileReader.MaxBytes + 1];
        Assert.False(SourceFileReader.TryDecode(bytes, out _, out var problem));
        Assert.Equal("the file is 8192 KiB, above the 8 MiB limit for a form", problem);

        var text = new string(' ', (int)SourceFileReader.MaxBytes + 1);
        var finding = Assert.Single(Lint.Html(text));
        Assert.Equal("File could not be scanned: the file has 8192 K characters, above the 8 MiB limit for a form", finding.Message);
    }

    [Fact]
    public void A_rule_that_fails_is_reported_and_the_other_rules_still_run()
    {
        var engine = new LintEngine(LintConfiguration.CreateDefault(), rules: new Rule[] { new FailingRule(), new EmpathyLint.Rules.Gender.EL1001BinaryGenderOptions() });
        var findings = engine.Lint("form.html", """<label>Gender <select name="g"><option>Male</option><option>Female</option></select></label>""");
        Assert.Equal(new[] { "EL0001 1:1", "EL1001 1:15" }, findings.Select(f => $"{f.RuleId} {f.Span.StartLine}:{f.Span.StartColumn}"));
        Assert.Equal("File could not be scanned: rule EL0003 failed on this file: InvalidOperationException: broken on purpose", findings[0].Message);
    }

    [Fact]
    public void Severity_comes_from_the_configuration()
    {
        var config = ConfigLoader.Parse("rules:\n  EL0001: error\n", "empathylint.yaml").Configuration;
        Assert.Equal(Severity.Error, Assert.Single(Lint.Html("\0", config)).Severity);
    }

    private sealed class FailingRule : Rule
    {
        public override string Id => "EL0003"; // any catalogued id that runs on HTML

        public override void Check(Form form, RuleContext context) => throw new InvalidOperationException("broken on purpose");
    }
}
