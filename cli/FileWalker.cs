using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Text;
using MAB.DotIgnore;

namespace EmpathyLint.Cli;

/// <summary>Finds the files to scan: recursive, skipping build output and dependencies, honouring .gitignore files.</summary>
public sealed class FileWalker
{
    public static readonly string[] Extensions = { ".html", ".htm", ".cshtml", ".razor", ".cs" };
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs", ".idea" };

    private readonly List<Glob> _ignores;
    private readonly string? _ignoreBase;

    /// <param name="ignoreGlobs">Globs of paths not to scan.</param>
    /// <param name="ignoreBase">The folder the globs are relative to (the project config's folder); null means the working directory.</param>
    public FileWalker(IEnumerable<string> ignoreGlobs, string? ignoreBase = null)
    {
        _ignores = ignoreGlobs.Select(g => new Glob(g)).ToList();
        _ignoreBase = ignoreBase;
    }

    public static bool IsScannable(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Files under a directory, sorted by path so every run visits them in the same order.</summary>
    public List<string> Walk(string directory)
    {
        var files = new List<string>();
        var root = Path.GetFullPath(directory);
        var ignoreStack = new List<(string Dir, IgnoreList List)>();
        // .gitignore files above the scanned folder, up to the repository root, apply too.
        for (var dir = Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            var gitignore = Path.Combine(dir.FullName, ".gitignore");
            if (File.Exists(gitignore)) ignoreStack.Insert(0, (dir.FullName, ReadIgnoreFile(gitignore)));
            if (Directory.Exists(Path.Combine(dir.FullName, ".git"))) break;
        }
        Visit(root, ignoreStack, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private void Visit(string directory, List<(string Dir, IgnoreList List)> ignoreStack, List<string> files)
    {
        var gitignore = Path.Combine(directory, ".gitignore");
        var pushed = false;
        if (File.Exists(gitignore))
        {
            ignoreStack.Add((directory, ReadIgnoreFile(gitignore)));
            pushed = true;
        }
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory).OrderBy(e => e, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (pushed) ignoreStack.RemoveAt(ignoreStack.Count - 1);
            return;
        }
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            var isDirectory = Directory.Exists(entry);
            if (isDirectory && SkippedDirectories.Contains(name)) continue;
            if (IsIgnored(entry, isDirectory, ignoreStack)) continue;
            if (isDirectory)
            {
                // Symbolic links to folders could loop; real linters skip them too.
                if (new DirectoryInfo(entry).LinkTarget is not null) continue;
                Visit(entry, ignoreStack, files);
            }
            else if (IsScannable(entry))
            {
                files.Add(entry);
            }
        }
        if (pushed) ignoreStack.RemoveAt(ignoreStack.Count - 1);
    }

    /// <summary>Lines of .gitignore files that could not be used (unreadable file, a pattern that does not parse), with their place.</summary>
    public List<string> Problems { get; } = new();

    /// <summary>
    /// A .gitignore read with the scanner's own guards (a FIFO or device is not read) and line by line, so one bad
    /// pattern (an unterminated '[') costs that line only, reported, instead of stopping every scan below it.
    /// </summary>
    private IgnoreList ReadIgnoreFile(string path)
    {
        var list = new IgnoreList(Array.Empty<string>());
        if (!Files.SourceFiles.TryReadText(path, out var text, out var problem))
        {
            Problems.Add($"{PathDisplay.Relative(path)}(1,1): warning: the .gitignore is not used: {problem}");
            return list;
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            try
            {
                list.AddRule(line);
                // Some patterns only fail when first matched: try one match now, while the line is known.
                list.IsIgnored("a", pathIsDirectory: false);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or IndexOutOfRangeException or System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                list.RemoveRule(line);
                Problems.Add($"{PathDisplay.Relative(path)}({i + 1},1): warning: the .gitignore line '{line}' is not a pattern and is not used ({ex.Message})");
            }
        }
        return list;
    }

    private bool IsIgnored(string path, bool isDirectory, List<(string Dir, IgnoreList List)> ignoreStack)
    {
        foreach (var (dir, list) in ignoreStack)
        {
            var relative = Path.GetRelativePath(dir, path).Replace('\\', '/');
            if (list.IsIgnored(relative, isDirectory)) return true;
        }
        if (_ignores.Count > 0)
        {
            var relative = _ignoreBase is null ? PathDisplay.Relative(path) : EmpathyLint.Configuration.ConfigPaths.RelativeTo(_ignoreBase, path);
            foreach (var glob in _ignores)
            {
                if (glob.IsMatch(relative)) return true;
            }
        }
        return false;
    }
}

public static class PathDisplay
{
    /// <summary>Path relative to the working directory with '/' separators, as findings show it.</summary>
    public static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
