using System;
using System.Text;

namespace EmpathyLint.Engine;

/// <summary>Turns a file's bytes into text, or says exactly why it cannot (binary, bad encoding, too large). Hosts read the bytes.</summary>
public static class SourceFileReader
{
    /// <summary>Files above this are reported, not scanned: no hand-written form is this large.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, out string text, out string problem)
    {
        text = "";
        problem = "";
        if (bytes.LongLength > MaxBytes)
        {
            problem = $"the file is {bytes.LongLength / 1024} KiB, above the {MaxBytes / 1024 / 1024} MiB limit for a form";
            return false;
        }
        try
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            else
            {
                var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"the file is not valid UTF-8 or UTF-16 text (invalid bytes at offset {ex.Index}); save it as UTF-8";
            return false;
        }
        if (text.IndexOf('\0') >= 0)
        {
            problem = NulProblem(text);
            text = "";
            return false;
        }
        return true;
    }

    /// <summary>
    /// Why text that holds NUL characters cannot be scanned. UTF-16 without a BOM, read as UTF-8, has a NUL in
    /// nearly every other place, always on the same side: said plainly, so nobody hunts for binary content in an
    /// HTML file. Works on text, so the analyzer (handed text by the compiler) gives the same reason as the CLI.
    /// </summary>
    public static string NulProblem(string text)
    {
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i + 1 < text.Length; i += 2)
        {
            if (text[i] == '\0') evenNuls++;
            if (text[i + 1] == '\0') oddNuls++;
        }
        var pairs = text.Length / 2;
        var utf16 = pairs >= 2 && ((oddNuls * 2 >= pairs && evenNuls * 20 <= pairs) || (evenNuls * 2 >= pairs && oddNuls * 20 <= pairs));
        return utf16
            ? "the file looks like UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with a byte order mark)"
            : "the file looks binary (it contains NUL characters)";
    }
}
