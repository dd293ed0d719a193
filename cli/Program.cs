using System;
using System.IO;
using EmpathyLint.Cli.CommandLine;

namespace EmpathyLint.Cli;

public static class Program
{
    public static int Main(string[] args) => CliParser.Run(args, CliContext.ForProcess());

    /// <summary>Runs a command line; exit 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        CliParser.Run(args, new CliContext(TextReader.Null, output, error, Directory.GetCurrentDirectory()));

    /// <summary>Runs a command line with <paramref name="input"/> as standard input (read by 'scan -').</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        CliParser.Run(args, new CliContext(input, output, error, Directory.GetCurrentDirectory()));

    public static int UsageError(TextWriter error, string message)
    {
        error.WriteLine("empathylint: " + message);
        return ExitCodes.Usage;
    }
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}

/// <summary>A command line or configuration that cannot be used; reported in one line with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message)
    {
    }
}
