using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Analyzers.Tests.Support;

/// <summary>Reads a file as the command-line compiler does: UTF-8 (BOM or not) when valid, else the legacy code page fallback.</summary>
public static class CompilerText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            StrictUtf8.GetString(bytes);
            return SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(new MemoryStream(bytes), Encoding.Latin1);
        }
    }
}
