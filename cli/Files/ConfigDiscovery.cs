using System;
using System.Collections.Generic;
using System.IO;
using EmpathyLint.Configuration;

namespace EmpathyLint.Cli.Files;

/// <summary>
/// Finds and reads the project config on disk for the CLI. The package's build props find the same files
/// (the nearest config from the project folder up to the repository root, and what it extends) and pass them
/// to the analyzer as AdditionalFiles, so a build and a scan use one configuration.
/// </summary>
public static class ConfigDiscovery
{
    /// <summary>
    /// The project config for a folder: the first of <see cref="ConfigLoader.FileNames"/> in the folder or a parent,
    /// stopping after the folder that holds <c>.git</c> (the repository root) or at the filesystem root.
    /// </summary>
    public static string? Find(string startDirectory)
    {
        DirectoryInfo? directory;
        try
        {
            directory = new DirectoryInfo(Path.GetFullPath(startDirectory));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return null;
        }
        for (; directory is not null; directory = directory.Parent)
        {
            foreach (var name in ConfigLoader.FileNames)
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate)) return candidate;
            }
            if (IsRepositoryRoot(directory.FullName)) return null;
        }
        return null;
    }

    /// <summary>The folder holding <c>.git</c> at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? RepositoryRoot(string startDirectory)
    {
        DirectoryInfo? directory;
        try
        {
            directory = new DirectoryInfo(Path.GetFullPath(startDirectory));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return null;
        }
        for (; directory is not null; directory = directory.Parent)
        {
            if (IsRepositoryRoot(directory.FullName)) return directory.FullName;
        }
        return null;
    }

    private static bool IsRepositoryRoot(string folder)
    {
        var git = Path.Combine(folder, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }

    /// <summary>Reads and applies a config file (and what it extends) on top of the catalog defaults.</summary>
    public static ConfigLoadResult Load(string path)
    {
        if (!SourceFiles.TryReadText(path, out var text, out var problem))
        {
            return new ConfigLoadResult(LintConfiguration.CreateDefault(), new[] { new ConfigProblem(path, 1, 1, "the config file could not be read: " + problem) }, path);
        }
        return ConfigLoader.Parse(text, path, files: new DiskConfigFiles());
    }

    /// <summary>The project config for a scan: the file given, else the one found from <paramref name="scanPath"/> up, else the defaults.</summary>
    public static ConfigLoadResult Resolve(string? explicitPath, string scanPath)
    {
        if (explicitPath is not null) return Load(explicitPath);
        string start;
        try
        {
            start = Directory.Exists(scanPath) ? scanPath : Path.GetDirectoryName(Path.GetFullPath(scanPath)) ?? ".";
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            start = ".";
        }
        var found = Find(start);
        if (found is null) return new ConfigLoadResult(LintConfiguration.CreateDefault(), Array.Empty<ConfigProblem>(), null);
        return Load(found);
    }

    /// <summary>Config files (extends targets) read from disk with the same guards as scanned files.</summary>
    private sealed class DiskConfigFiles : ConfigFiles
    {
        public override bool TryRead(string fullPath, out string text, out string problem)
        {
            if (!File.Exists(fullPath))
            {
                text = "";
                problem = "there is no such file";
                return false;
            }
            return SourceFiles.TryReadText(fullPath, out text, out problem);
        }
    }
}
