using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Configuration;

/// <summary>Finds the declared purpose that covers a field: by field name or bound member, or by concept, within its paths.</summary>
public static class PurposeMatcher
{
    public static string? Find(IEnumerable<DeclaredPurpose> purposes, string path, FormField field)
    {
        foreach (var purpose in purposes)
        {
            if (purpose.Paths.Count > 0 && !purpose.Paths.Any(p => new Glob(p).IsMatch(ConfigPaths.RelativeTo(purpose.BaseDirectory, path)))) continue;
            if (purpose.Field is not null && MatchesField(purpose.Field, field)) return purpose.Purpose;
            if (purpose.Concept is not null && string.Equals(purpose.Concept, field.Concept, StringComparison.OrdinalIgnoreCase)) return purpose.Purpose;
        }
        return null;
    }

    private static bool MatchesField(string declared, FormField field)
    {
        var wanted = string.Concat(Words.OfIdentifier(declared));
        foreach (var candidate in new[] { field.Name, field.Id, field.BoundMember })
        {
            if (string.IsNullOrEmpty(candidate)) continue;
            if (string.Equals(candidate, declared, StringComparison.OrdinalIgnoreCase)) return true;
            var words = Words.OfIdentifier(candidate);
            // "Input.DateOfBirth" is declared as "dateOfBirth": compare the member's own words.
            if (string.Concat(words) == wanted) return true;
            var last = candidate!.Substring(candidate.LastIndexOf('.') + 1);
            if (string.Concat(Words.OfIdentifier(last)) == wanted) return true;
        }
        return false;
    }
}
