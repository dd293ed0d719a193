using System.IO;
using EmpathyLint.Cli;

namespace EmpathyLint.Tests.Support;

/// <summary>Runs the CLI in process, as a shell would, and hands back its exit code and both streams.</summary>
public static class CliRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
