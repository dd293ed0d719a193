using EmpathyLint.Cli;
using EmpathyLint.Tests.Configuration;

namespace EmpathyLint.Tests.Cli;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => Support.CliRun.Run(args);

    [Fact]
    public void Explains_rationale_sources_options_and_examples()
    {
        var (code, output, _) = Run("explain", "el1001", "--config", _folder.Write("empty.yaml", ""));
        Assert.Equal(0, code);
        Assert.StartsWith("EL1001: Gender question offers only male and female\n", output.Replace("\r\n", "\n"));
        Assert.Contains("  Severity:  warning\n", output.Replace("\r\n", "\n"));
        Assert.Contains("\nWhy\n  Many people are neither men nor women", output.Replace("\r\n", "\n"));
        Assert.Contains("\nOptions\n  allowSexAtBirth (boolean, default false)\n", output.Replace("\r\n", "\n"));
        Assert.Contains("  - GOV.UK Design System, \"Equality information\" pattern\n    https://design-system.service.gov.uk/patterns/equality-information/\n", output.Replace("\r\n", "\n"));
        Assert.Contains("\nIncorrect\n", output.Replace("\r\n", "\n"));
        Assert.Contains("\nCorrect\n", output.Replace("\r\n", "\n"));
        Assert.Contains("<!-- empathylint-disable-next-line EL1001 -- the reason -->", output);
    }

    [Fact]
    public void Shows_the_active_severity_and_option_values()
    {
        var config = _folder.Write("empathylint.yaml", "extends: clinical\nrules:\n  EL1001: error\n");
        var output = Run("explain", "EL1001", "--config", config).Out.Replace("\r\n", "\n");
        Assert.Contains("  Severity:  error (catalog default: warning)\n", output);
        Assert.Contains("  allowSexAtBirth (boolean, set to true, default false)\n", output);
    }

    [Fact]
    public void Unknown_rule_exits_2_with_a_suggestion()
    {
        var (code, output, error) = Run("explain", "EL1O01");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("empathylint: unknown rule 'EL1O01' (did you mean EL1001?); run 'empathylint rules' for the list", error.TrimEnd());
    }

    [Fact]
    public void Missing_rule_id_is_a_usage_error()
    {
        var (code, _, error) = Run("explain");
        Assert.Equal(2, code);
        Assert.Contains("Required argument 'rule-id' missing for command: 'explain'", error);
    }
}
