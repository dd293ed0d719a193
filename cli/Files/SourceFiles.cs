using System;
using System.IO;
using EmpathyLint.Engine;

namespace EmpathyLint.Cli.Files;

/// <summary>Reads a file's bytes for the CLI and decodes them with <see cref="SourceFileReader"/>; never throws for a bad file.</summary>
public static class SourceFiles
{
    /// <summary>A file to scan: its text, or why it cannot be scanned.</summary>
    public static bool TryRead(string path, out string text, out string problem)
    {
        if (!TryReadBytes(path, out var bytes, out problem))
        {
            text = "";
            return false;
        }
        return SourceFileReader.TryDecode(bytes, out text, out problem);
    }

    /// <summary>A config, extends target, .resx or ignore file: the same guards, the same decoding.</summary>
    public static bool TryReadText(string path, out string text, out string problem) => TryRead(path, out text, out problem);

    private static bool TryReadBytes(string path, out byte[] bytes, out string problem)
    {
        bytes = Array.Empty<byte>();
        try
        {
            if (FileKind.NotRegular(path) is { } notRegular)
            {
                problem = "the file could not be read: " + notRegular;
                return false;
            }
            var info = new FileInfo(path);
            if (info.Exists && info.Length > SourceFileReader.MaxBytes)
            {
                problem = $"the file is {info.Length / 1024} KiB, above the {SourceFileReader.MaxBytes / 1024 / 1024} MiB limit for a form";
                return false;
            }
            bytes = File.ReadAllBytes(path);
            problem = "";
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = "the file could not be read: " + ex.Message;
            return false;
        }
    }
}
