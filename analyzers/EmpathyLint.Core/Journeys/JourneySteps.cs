using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EmpathyLint.Configuration;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Journeys;

/// <summary>Which scanned documents a journey step names: a file or glob relative to the config's folder, or a Razor route.</summary>
public static class JourneySteps
{
    private static readonly Regex PageDirective = new("^\\s*@page\\s+\"(?<route>[^\"]*)\"", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static List<FormDocument> Resolve(JourneyStep step, string? baseDirectory, IEnumerable<FormDocument> documents) =>
        documents.Where(d => Matches(step, baseDirectory, d)).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();

    public static bool Matches(JourneyStep step, string? baseDirectory, FormDocument document)
    {
        var relative = ConfigPaths.RelativeTo(baseDirectory, document.Path);
        if (step.IsRoute) return RoutesOf(document, relative).Any(route => string.Equals(route, Normalize(step.Target), StringComparison.OrdinalIgnoreCase));
        // A step written from the project folder ("Pages/Account/Register.cshtml") also finds the file when the config sits higher up.
        return new Glob(step.Target).IsMatch(relative) || new Glob("**/" + step.Target.TrimStart('/')).IsMatch(relative);
    }

    /// <summary>The routes a page answers: its <c>@page "/route"</c> directives, or the Razor Pages convention (Pages/Account/Register.cshtml → /account/register).</summary>
    public static IEnumerable<string> RoutesOf(FormDocument document, string relativePath)
    {
        if (document.Kind != DocumentKind.Razor) yield break;
        foreach (Match match in PageDirective.Matches(document.Text))
        {
            var route = match.Groups["route"].Value;
            if (route.Length > 0) yield return Normalize(route);
        }
        var path = relativePath.Replace('\\', '/');
        var pages = path.LastIndexOf("Pages/", StringComparison.Ordinal);
        if (pages < 0 || !path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)) yield break;
        var route2 = "/" + path.Substring(pages + "Pages/".Length, path.Length - pages - "Pages/".Length - ".cshtml".Length);
        if (route2.EndsWith("/Index", StringComparison.OrdinalIgnoreCase)) route2 = route2.Substring(0, route2.Length - "/Index".Length);
        yield return Normalize(route2);
    }

    private static string Normalize(string route)
    {
        var trimmed = route.Trim().TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed.StartsWith("/", StringComparison.Ordinal) ? trimmed : "/" + trimmed;
    }
}
