using EmpathyLint.Configuration;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Configuration;

public sealed class ExtendsAndDiscoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_relative_file_is_applied_first_and_the_file_itself_wins()
    {
        _folder.Write("shared/team.yaml", "extends: strict\nrules:\n  EL1001: error\n  EL0004: off\n");
        var path = _folder.Write("empathylint.yaml", "extends: [shared/team.yaml]\nrules:\n  EL1001: info\n");
        var result = EmpathyLint.Cli.Files.ConfigDiscovery.Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Severity.Info, result.Configuration.SeverityOf("EL1001"));
        Assert.Equal(Severity.Off, result.Configuration.SeverityOf("EL0004"));
        // strict (extended by team.yaml) raised EL0003 from info to warning.
        Assert.Equal(Severity.Warning, result.Configuration.SeverityOf("EL0003"));
    }

    [Fact]
    public void An_extends_cycle_is_reported_with_the_whole_cycle()
    {
        var a = _folder.Write("a.yaml", "extends: b.yaml\n");
        _folder.Write("b.yaml", "rules:\n  EL1001: error\nextends: [recommended, ./a.yaml]\n");
        var result = EmpathyLint.Cli.Files.ConfigDiscovery.Load(a);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("b.yaml", problem.Path);
        Assert.Equal((3, 24, "'extends' makes a cycle: a.yaml → b.yaml → a.yaml"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_file_that_extends_itself_is_a_cycle()
    {
        var a = _folder.Write("empathylint.yaml", "extends: empathylint.yaml\n");
        var problem = Assert.Single(EmpathyLint.Cli.Files.ConfigDiscovery.Load(a).Problems);
        Assert.Equal((1, 10, "'extends' makes a cycle: empathylint.yaml → empathylint.yaml"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_missing_extended_file_is_reported()
    {
        var a = _folder.Write("empathylint.yaml", "extends: ../base.yaml\n");
        var problem = Assert.Single(EmpathyLint.Cli.Files.ConfigDiscovery.Load(a).Problems);
        Assert.Equal((1, 10), (problem.Line, problem.Column));
        Assert.StartsWith("'extends' names '../base.yaml', but there is no such file", problem.Message);
    }

    [Fact]
    public void Problems_in_an_extended_file_name_that_file()
    {
        _folder.Write("base.yaml", "rules:\n  EL1001: sometimes\n");
        var a = _folder.Write("empathylint.yaml", "extends: base.yaml\n");
        var problem = Assert.Single(EmpathyLint.Cli.Files.ConfigDiscovery.Load(a).Problems);
        Assert.Equal(Path.Combine(_folder.Path, "base.yaml"), problem.Path);
        Assert.Equal((2, 11), (problem.Line, problem.Column));
    }

    [Fact]
    public void Find_walks_up_from_the_scanned_folder()
    {
        var config = _folder.Write("empathylint.yaml", "extends: recommended\n");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "src", "Pages"));
        Assert.Equal(config, EmpathyLint.Cli.Files.ConfigDiscovery.Find(Path.Combine(_folder.Path, "src", "Pages")));
    }

    [Theory]
    [InlineData(".empathylint.yaml")]
    [InlineData("empathylint.yml")]
    public void Find_accepts_the_other_file_names(string name)
    {
        var config = _folder.Write(Path.Combine("app", name), "rules: {}\n");
        Assert.Equal(config, EmpathyLint.Cli.Files.ConfigDiscovery.Find(Path.Combine(_folder.Path, "app")));
    }

    [Fact]
    public void Find_prefers_empathylint_yaml_in_the_same_folder()
    {
        _folder.Write("empathylint.yml", "rules: {}\n");
        var preferred = _folder.Write("empathylint.yaml", "rules: {}\n");
        Assert.Equal(preferred, EmpathyLint.Cli.Files.ConfigDiscovery.Find(_folder.Path));
    }

    [Fact]
    public void Find_stops_at_the_repository_root()
    {
        // A config above the folder holding .git belongs to another project.
        var outer = Path.Combine(Path.GetTempPath(), "el-outer-" + Guid.NewGuid().ToString("N"));
        var repo = Path.Combine(outer, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Directory.CreateDirectory(Path.Combine(repo, "src"));
        File.WriteAllText(Path.Combine(outer, "empathylint.yaml"), "rules: {}\n");
        try
        {
            Assert.Null(EmpathyLint.Cli.Files.ConfigDiscovery.Find(Path.Combine(repo, "src")));
        }
        finally
        {
            Directory.Delete(outer, recursive: true);
        }
    }

    [Fact]
    public void Ignores_and_purpose_paths_are_relative_to_the_config_folder()
    {
        var path = _folder.Write("empathylint.yaml", """
            ignores: ["wwwroot/lib/**"]
            purposes:
              - field: dateOfBirth
                purpose: Age check for alcohol sales
                paths: ["Pages/Checkout/**"]
            """);
        var config = EmpathyLint.Cli.Files.ConfigDiscovery.Load(path).Configuration;
        Assert.True(config.IsIgnored(Path.Combine(_folder.Path, "wwwroot", "lib", "x.html")));
        Assert.False(config.IsIgnored(Path.Combine(_folder.Path, "src", "wwwroot", "lib", "x.html")));
        var field = new FormField(FieldKind.Date, default) { Name = "dateOfBirth" };
        Assert.Equal("Age check for alcohol sales", PurposeMatcher.Find(config.Purposes, Path.Combine(_folder.Path, "Pages", "Checkout", "Pay.cshtml"), field));
        Assert.Null(PurposeMatcher.Find(config.Purposes, Path.Combine(_folder.Path, "Pages", "Account", "Register.cshtml"), field));
    }
}
