using System;
using System.Collections.Generic;
using System.IO;

namespace EmpathyLint.Configuration;

/// <summary>
/// The text of the files a config names (its <c>extends</c> targets), handed over by the host: the CLI reads
/// them from disk, the analyzer finds them among the compiler's AdditionalFiles. Core itself never touches the
/// file system, so the same loader runs inside the compiler.
/// </summary>
public abstract class ConfigFiles
{
    /// <summary>No files at all: an <c>extends</c> path is reported as missing.</summary>
    public static ConfigFiles None { get; } = new InMemoryConfigFiles(Array.Empty<KeyValuePair<string, string>>(), "no file is available to the loader");

    /// <summary>The text of the file at <paramref name="fullPath"/>, or false with the reason it cannot be had.</summary>
    public abstract bool TryRead(string fullPath, out string text, out string problem);

    /// <summary>The form every key takes: full path (when it can be made), forward slashes.</summary>
    public static string Key(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            full = path;
        }
        return full.Replace('\\', '/');
    }
}

/// <summary>Files known by their text, such as the compiler's AdditionalFiles.</summary>
public sealed class InMemoryConfigFiles : ConfigFiles
{
    private readonly Dictionary<string, string> _textByKey = new(StringComparer.Ordinal);
    private readonly string _missingReason;

    public InMemoryConfigFiles(IEnumerable<KeyValuePair<string, string>> files, string missingReason)
    {
        foreach (var file in files)
        {
            var key = Key(file.Key);
            // The first of two files with one path wins, as the compiler's own duplicate handling does.
            if (!_textByKey.ContainsKey(key)) _textByKey[key] = file.Value;
        }
        _missingReason = missingReason;
    }

    public override bool TryRead(string fullPath, out string text, out string problem)
    {
        if (_textByKey.TryGetValue(Key(fullPath), out var found))
        {
            text = found;
            problem = "";
            return true;
        }
        text = "";
        problem = _missingReason;
        return false;
    }
}
