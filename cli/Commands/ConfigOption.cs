using System.CommandLine;
using System.IO;
using EmpathyLint.Configuration;

namespace EmpathyLint.Cli.Commands;

/// <summary>The <c>--config</c> option shared by scan, rules, explain and rules test.</summary>
public static class ConfigOption
{
    public static Option<string> Create() => new("--config", "-c")
    {
        Description = "Use this config file instead of the empathylint.yaml (.empathylint.yaml, empathylint.yml) found from the scanned folder up to the repository root.",
        HelpName = "file",
    };

    /// <summary>
    /// Loads the project config: <paramref name="explicitPath"/> when given, else the first config file found from
    /// <paramref name="scanPath"/> up to the repository root, else the built-in defaults. Prints each problem as
    /// <c>path(line,col): error EL0002: message</c> and returns false when there is any.
    /// </summary>
    public static bool TryLoad(string? explicitPath, string scanPath, TextWriter error, out LintConfiguration configuration)
    {
        if (explicitPath is not null && !File.Exists(explicitPath))
        {
            configuration = LintConfiguration.CreateDefault();
            error.WriteLine($"{explicitPath}(1,1): error {ConfigProblem.RuleId}: the config file given with --config does not exist");
            return false;
        }
        var result = ConfigLoader.Resolve(explicitPath, scanPath);
        configuration = result.Configuration;
        foreach (var problem in result.Problems)
        {
            var display = File.Exists(problem.Path) ? PathDisplay.Relative(problem.Path) : problem.Path;
            error.WriteLine(problem.Format(display));
        }
        return result.Succeeded;
    }
}
