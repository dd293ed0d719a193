using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Matcher = Microsoft.Extensions.FileSystemGlobbing.Matcher;
using EmpathyLint.Text;
using MAB.DotIgnore;

namespace EmpathyLint.Cli;

/// <summary>
/// Finds the files to scan: recursive, skipping build output and dependencies, honouring .gitignore and
/// .empathylintignore files (gitignore syntax), the config's <c>ignores</c> and <c>--ignore-pattern</c> globs.
/// </summary>
public sealed class FileWalker
{
    public static readonly string[] IgnoreFileNames = { ".gitignore", ".empathylintignore" };

    public static readonly string[] Extensions = { ".html", ".htm", ".cshtml", ".razor", ".cs" };
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs", ".idea" };

    private static readonly System.Buffers.SearchValues<char> GlobCharacters = System.Buffers.SearchValues.Create("*?[{");

    private readonly List<Glob> _ignores;
    private readonly string? _ignoreBase;
    private readonly List<(string Root, Matcher Matcher)> _ignorePatterns = new();
    private readonly bool _noIgnore;

    /// <param name="ignoreGlobs">Globs of paths not to scan.</param>
    /// <param name="ignoreBase">The folder the globs are relative to (the project config's folder); null means the working directory.</param>
    /// <param name="ignorePatterns">--ignore-pattern globs, relative to the working directory.</param>
    /// <param name="noIgnore">--no-ignore: no ignore file, config ignore or pattern applies (build output is still skipped).</param>
    public FileWalker(IEnumerable<string> ignoreGlobs, string? ignoreBase = null, IEnumerable<string>? ignorePatterns = null, bool noIgnore = false)
    {
        _ignores = ignoreGlobs.Select(g => new Glob(g)).ToList();
        _ignoreBase = ignoreBase;
        _noIgnore = noIgnore;
        foreach (var pattern in ignorePatterns ?? Array.Empty<string>())
        {
            // The folder before the first wildcard is the pattern's root, so '../shared/**' and absolute patterns work.
            var (root, rest) = SplitGlob(pattern);
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(rest);
            // A pattern naming a folder ignores what is inside it too.
            matcher.AddInclude(rest.TrimEnd('/') + "/**");
            _ignorePatterns.Add((Path.GetFullPath(root), matcher));
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> would not be scanned (the ignore file or setting that excludes it), or null. Used to
    /// tell people about a folder or file they named on the command line.
    /// </summary>
    public string? WhyIgnored(string path)
    {
        if (_noIgnore) return null;
        var full = Path.GetFullPath(path);
        var isDirectory = Directory.Exists(full);
        var stack = new List<(string Dir, IgnoreList List, string File)>();
        for (var dir = Directory.GetParent(full); dir is not null; dir = dir.Parent)
        {
            foreach (var name in IgnoreFileNames)
            {
                var file = Path.Combine(dir.FullName, name);
                if (File.Exists(file)) stack.Insert(0, (dir.FullName, new IgnoreList(file), file));
            }
            if (Directory.Exists(Path.Combine(dir.FullName, ".git"))) break;
        }
        // A path is ignored when it or any folder above it (up to the ignore file's folder) matches.
        foreach (var (dir, list, file) in stack)
        {
            for (var current = full; current.Length > dir.Length; current = Path.GetDirectoryName(current)!)
            {
                var relative = Path.GetRelativePath(dir, current).Replace('\\', '/');
                if (list.IsIgnored(relative, current != full || isDirectory)) return $"ignored by {PathDisplay.Relative(file)}";
            }
        }
        if (MatchesSettings(full)) return "ignored by the config's 'ignores' or --ignore-pattern";
        return null;
    }

    public static bool IsScannable(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Files under a directory, sorted by path so every run visits them in the same order.</summary>
    public List<string> Walk(string directory)
    {
        var files = new List<string>();
        var root = Path.GetFullPath(directory);
        var ignoreStack = new List<(string Dir, IgnoreList List)>();
        // Ignore files above the scanned folder, up to the repository root, apply too.
        for (var dir = Directory.GetParent(root); dir is not null && !_noIgnore; dir = dir.Parent)
        {
            foreach (var name in IgnoreFileNames.Reverse())
            {
                var file = Path.Combine(dir.FullName, name);
                if (File.Exists(file)) ignoreStack.Insert(0, (dir.FullName, ReadIgnoreFile(file)));
            }
            if (Directory.Exists(Path.Combine(dir.FullName, ".git"))) break;
        }
        Visit(root, ignoreStack, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private void Visit(string directory, List<(string Dir, IgnoreList List)> ignoreStack, List<string> files)
    {
        var pushed = 0;
        foreach (var name in IgnoreFileNames)
        {
            var file = Path.Combine(directory, name);
            if (_noIgnore || !File.Exists(file)) continue;
            ignoreStack.Add((directory, ReadIgnoreFile(file)));
            pushed++;
        }
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory).OrderBy(e => e, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ignoreStack.RemoveRange(ignoreStack.Count - pushed, pushed);
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
        ignoreStack.RemoveRange(ignoreStack.Count - pushed, pushed);
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
        if (_noIgnore) return false;
        foreach (var (dir, list) in ignoreStack)
        {
            var relative = Path.GetRelativePath(dir, path).Replace('\\', '/');
            if (list.IsIgnored(relative, isDirectory)) return true;
        }
        return MatchesSettings(path);
    }

    private bool MatchesSettings(string path)
    {
        if (_ignores.Count > 0)
        {
            var relative = _ignoreBase is null ? PathDisplay.Relative(path) : EmpathyLint.Configuration.ConfigPaths.RelativeTo(_ignoreBase, path);
            foreach (var glob in _ignores)
            {
                if (glob.IsMatch(relative)) return true;
            }
        }
        var full = Path.GetFullPath(path);
        foreach (var (root, matcher) in _ignorePatterns)
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (!relative.StartsWith("../", StringComparison.Ordinal) && matcher.Match(relative).HasMatches) return true;
        }
        return false;
    }

    /// <summary>A glob's fixed folder (up to the last '/' before a wildcard; the pattern's own folder if it has none) and the rest.</summary>
    public static (string Root, string Pattern) SplitGlob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/').TrimEnd('/');
        var wildcard = normalized.AsSpan().IndexOfAny(GlobCharacters);
        var slash = wildcard < 0 ? normalized.LastIndexOf('/') : normalized.LastIndexOf('/', wildcard);
        if (slash < 0) return (".", normalized);
        var root = normalized.Substring(0, slash + 1);
        return (root.Length == 0 ? "/" : root, normalized.Substring(slash + 1));
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
