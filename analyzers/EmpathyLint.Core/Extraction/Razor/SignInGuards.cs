using System;
using System.Text.RegularExpressions;
using EmpathyLint.Model;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// Notes where a Razor file shows markup only to signed-in or only to anonymous visitors (<c>@if (SignInManager.IsSignedIn(User))</c>,
/// <c>User.Identity.IsAuthenticated</c>, <c>&lt;AuthorizeView&gt;</c>) and whether the page requires sign-in (<c>@attribute [Authorize]</c>),
/// as code observations the journey rules read (EL6002).
/// </summary>
public static class SignInGuards
{
    public const string GuardKind = "sign-in-guard";
    public const string RequiresSignInKind = "requires-sign-in";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex IfSignedIn = new(@"@?\bif\s*\((?=[^{]*(?:\.IsSignedIn\s*\(|\bUser\.Identity\??\.IsAuthenticated|\bIsAuthenticated\b))", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex AuthorizeView = new(@"<AuthorizeView\b[\s\S]*?</AuthorizeView\s*>", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Authorize = new(@"@attribute\s+\[\s*(?:Microsoft\.AspNetCore\.Authorization\.)?Authorize\b", RegexOptions.CultureInvariant, Timeout);

    public static void Observe(FormDocument document)
    {
        var text = document.Text;
        foreach (Match match in IfSignedIn.Matches(text))
        {
            var end = EndOfIfChain(text, match.Index + match.Length);
            if (end > match.Index) document.Observations.Add(new CodeObservation(GuardKind, document.Span(match.Index, end - match.Index), "if"));
        }
        foreach (Match match in AuthorizeView.Matches(text))
        {
            document.Observations.Add(new CodeObservation(GuardKind, document.Span(match.Index, match.Length), "AuthorizeView"));
        }
        var authorize = Authorize.Match(text);
        if (authorize.Success) document.Observations.Add(new CodeObservation(RequiresSignInKind, document.Span(authorize.Index, authorize.Length), "[Authorize]"));
    }

    /// <summary>The end of the <c>if</c> block and any <c>else</c> blocks after it: what both branches show depends on sign-in.</summary>
    private static int EndOfIfChain(string text, int from)
    {
        var end = EndOfBlock(text, from);
        while (end > 0)
        {
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (string.CompareOrdinal(text, next, "else", 0, 4) != 0) break;
            var after = EndOfBlock(text, next + 4);
            if (after < 0) break;
            end = after;
        }
        return end;
    }

    /// <summary>The offset after the brace closing the first block from <paramref name="from"/>, or -1 when it never closes.</summary>
    private static int EndOfBlock(string text, int from)
    {
        var open = text.IndexOf('{', from);
        if (open < 0) return -1;
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i + 1;
        }
        return -1;
    }
}
