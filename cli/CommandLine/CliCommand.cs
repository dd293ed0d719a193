using System.Collections.Generic;
using System.CommandLine;

namespace EmpathyLint.Cli.CommandLine;

/// <summary>
/// A command of the tool: a System.CommandLine <see cref="Command"/> that also carries the examples its
/// <c>--help</c> prints (after the options, followed by the exit codes).
/// </summary>
public class CliCommand : Command
{
    public CliCommand(string name, string description) : base(name, description)
    {
    }

    /// <summary>Example command lines, each with what it does: ("empathylint scan src", "Scan a folder").</summary>
    public List<(string CommandLine, string Says)> Examples { get; } = new();

    /// <summary>What the exit codes mean for this command; the default is the scan's meaning.</summary>
    public string ExitCodes { get; set; } = "0 clean, 1 findings at or above --fail-on (or more warnings than --max-warnings), 2 usage or configuration error";
}
