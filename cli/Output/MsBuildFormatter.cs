using System;
using System.Collections.Generic;
using System.IO;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

/// <summary>
/// The compiler's line format with the trailing <c> [project]</c>, as MSBuild prints it:
/// <c>path(line,col,endLine,endCol): warning EL1001: message [/full/path/App.csproj]</c>. setup-dotnet's problem
/// matcher and Azure DevOps only pick up lines that end with the project in brackets.
/// </summary>
public static class MsBuildFormatter
{
    public static void Write(TextWriter output, ScanReport report)
    {
        var projects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in report.Findings)
        {
            var span = f.Span;
            output.WriteLine($"{f.Path}({span.StartLine},{span.StartColumn},{span.EndLine},{span.EndColumn}): {f.Severity.ToName()} {f.RuleId}: {f.Message} [{ProjectOf(f.Path, projects)}]");
        }
        output.WriteLine(Formatters.Summary(report));
    }

    /// <summary>The nearest .csproj from the file's folder up (its full path), else the working folder.</summary>
    public static string ProjectOf(string path, Dictionary<string, string> cache)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        if (cache.TryGetValue(folder, out var known)) return known;
        string? project = null;
        for (var dir = new DirectoryInfo(folder); dir is not null && project is null; dir = dir.Parent)
        {
            try
            {
                var candidates = Directory.GetFiles(dir.FullName, "*.csproj");
                Array.Sort(candidates, StringComparer.Ordinal);
                if (candidates.Length > 0) project = candidates[0];
                else if (Directory.Exists(Path.Combine(dir.FullName, ".git"))) break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                break;
            }
        }
        project ??= Directory.GetCurrentDirectory();
        cache[folder] = project;
        return project;
    }
}
