using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EmpathyLint.Model;
using EmpathyLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmpathyLint.Extraction.CSharp;

/// <summary>Syntax-level facts: attribute names and arguments, what kind of question a declared type asks.</summary>
internal static class CSharpSyntax
{
    private static readonly HashSet<string> NumberTypes = new(StringComparer.Ordinal)
    {
        "int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "decimal", "double", "float", "nint", "nuint",
        "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Byte", "SByte", "Decimal", "Double", "Single", "Half", "BigInteger", "Int128", "UInt128",
    };

    private static readonly HashSet<string> DateTypes = new(StringComparer.Ordinal) { "DateTime", "DateOnly", "DateTimeOffset" };

    private static readonly HashSet<string> TextTypes = new(StringComparer.Ordinal) { "string", "String", "char", "Char" };

    // Values that are not a choice among named answers.
    private static readonly HashSet<string> OtherTypes = new(StringComparer.Ordinal)
    {
        "object", "Object", "dynamic", "Guid", "TimeSpan", "TimeOnly", "Uri", "Version", "JsonElement", "JsonNode", "JObject", "Stream", "Type",
    };

    private static readonly HashSet<string> FileTypes = new(StringComparer.Ordinal) { "IFormFile", "IBrowserFile" };

    private static readonly HashSet<string> CollectionTypes = new(StringComparer.Ordinal)
    {
        "List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet", "IReadOnlySet",
        "SortedSet", "Collection", "ObservableCollection", "ImmutableArray", "ImmutableList", "ImmutableHashSet", "IImmutableList", "IImmutableSet",
    };

    /// <summary>An attribute's simple name without namespace or the <c>Attribute</c> suffix: <c>System.ComponentModel.DataAnnotations.RequiredAttribute</c> → Required.</summary>
    public static string AttributeName(AttributeSyntax attribute)
    {
        var name = SimpleName(attribute.Name);
        return name.Length > "Attribute".Length && name.EndsWith("Attribute", StringComparison.Ordinal)
            ? name.Substring(0, name.Length - "Attribute".Length)
            : name;
    }

    public static string SimpleName(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => "",
    };

    /// <summary>Attributes that apply to the declared member: no target, <c>property:</c> or <c>param:</c> (record parameters).</summary>
    public static IEnumerable<AttributeSyntax> MemberAttributes(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            var target = list.Target?.Identifier.ValueText;
            if (target is not null && target != "property" && target != "param") continue;
            foreach (var attribute in list.Attributes) yield return attribute;
        }
    }

    /// <summary>Positional arguments, in order (named constructor arguments <c>x: 1</c> excluded).</summary>
    public static List<ExpressionSyntax> Positional(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => a.Expression).ToList()
        ?? new List<ExpressionSyntax>();

    /// <summary>A named argument: a property (<c>MinimumLength = 2</c>) or a constructor parameter (<c>minimumLength: 2</c>).</summary>
    public static ExpressionSyntax? Named(AttributeSyntax attribute, string name)
    {
        if (attribute.ArgumentList is null) return null;
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            var argumentName = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText;
            if (string.Equals(argumentName, name, StringComparison.OrdinalIgnoreCase)) return argument.Expression;
        }
        return null;
    }

    /// <summary>The type with nullability removed: <c>Gender?</c> and <c>Nullable&lt;Gender&gt;</c> → Gender.</summary>
    public static TypeSyntax Unwrap(TypeSyntax type)
    {
        while (true)
        {
            switch (type)
            {
                case NullableTypeSyntax nullable:
                    type = nullable.ElementType;
                    continue;
                case GenericNameSyntax { Identifier.ValueText: "Nullable", TypeArgumentList.Arguments.Count: 1 } generic:
                    type = generic.TypeArgumentList.Arguments[0];
                    continue;
                case QualifiedNameSyntax { Right: GenericNameSyntax { Identifier.ValueText: "Nullable" } } qualified:
                    type = qualified.Right;
                    continue;
                default:
                    return type;
            }
        }
    }

    /// <summary>The type as a short name: no namespaces, no nullability, no whitespace ("List&lt;Gender&gt;").</summary>
    public static string TypeName(TypeSyntax type)
    {
        type = Unwrap(type);
        switch (type)
        {
            case PredefinedTypeSyntax predefined:
                return predefined.Keyword.ValueText;
            case QualifiedNameSyntax qualified:
                return TypeName(qualified.Right);
            case AliasQualifiedNameSyntax alias:
                return TypeName(alias.Name);
            case GenericNameSyntax generic:
                return generic.Identifier.ValueText + "<" + string.Join(",", generic.TypeArgumentList.Arguments.Select(TypeName)) + ">";
            case ArrayTypeSyntax array:
                return TypeName(array.ElementType) + string.Concat(array.RankSpecifiers.Select(r => "[" + new string(',', Math.Max(0, r.Rank - 1)) + "]"));
            case IdentifierNameSyntax identifier:
                return identifier.Identifier.ValueText;
            default:
                return string.Concat(type.ToString().Where(c => !char.IsWhiteSpace(c)));
        }
    }

    /// <summary>How a member of this type is asked, and the named type a binding enumerates, if any.</summary>
    public static (FieldKind Kind, bool Multiple, string? NamedType) Classify(TypeSyntax type)
    {
        type = Unwrap(type);
        if (type is QualifiedNameSyntax qualified) type = qualified.Right;
        if (type is AliasQualifiedNameSyntax alias) type = alias.Name;
        switch (type)
        {
            case PredefinedTypeSyntax predefined:
                return (ScalarKind(predefined.Keyword.ValueText), false, null);
            case IdentifierNameSyntax identifier:
                var name = identifier.Identifier.ValueText;
                if (name == "IFormFileCollection") return (FieldKind.File, true, null);
                var kind = ScalarKind(name);
                return (kind, false, kind == FieldKind.Select ? name : null);
            case ArrayTypeSyntax array:
                return Many(array.ElementType);
            case GenericNameSyntax generic when generic.TypeArgumentList.Arguments.Count == 1 && CollectionTypes.Contains(generic.Identifier.ValueText):
                return Many(generic.TypeArgumentList.Arguments[0]);
            default:
                return (FieldKind.Other, false, null);
        }
    }

    private static (FieldKind, bool, string?) Many(TypeSyntax element)
    {
        var (kind, _, named) = Classify(element);
        return kind switch
        {
            FieldKind.Select => (FieldKind.CheckboxGroup, true, named),
            FieldKind.File => (FieldKind.File, true, null),
            _ => (FieldKind.Other, true, null),
        };
    }

    private static FieldKind ScalarKind(string name)
    {
        if (TextTypes.Contains(name)) return FieldKind.Text;
        if (name is "bool" or "Boolean") return FieldKind.Boolean;
        if (NumberTypes.Contains(name)) return FieldKind.Number;
        if (DateTypes.Contains(name)) return FieldKind.Date;
        if (FileTypes.Contains(name)) return FieldKind.File;
        if (OtherTypes.Contains(name)) return FieldKind.Other;
        return FieldKind.Select;
    }

    public static bool IsPublic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.PublicKeyword);

    public static bool IsStatic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.StaticKeyword) || modifiers.Any(SyntaxKind.ConstKeyword);

    /// <summary>Enclosing type names, outermost first.</summary>
    public static IReadOnlyList<string> ContainingTypes(SyntaxNode node)
    {
        var names = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToList();
        names.Reverse();
        return names;
    }

    /// <summary>An identifier as words a person reads: PreferNotToSay → "Prefer not to say".</summary>
    public static string InWords(string identifier)
    {
        var words = new List<string>();
        foreach (var part in identifier.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(Words.SplitCamelCase(part).Trim());
        }
        var text = string.Join(" ", words.Where(w => w.Length > 0));
        if (text.Length == 0) return identifier;
        var sb = new StringBuilder(text);
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    /// <summary>Source text on one line, shortened, for observation details.</summary>
    public static string Compact(SyntaxNode node, int max = 120)
    {
        var sb = new StringBuilder();
        var space = false;
        foreach (var c in node.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.Length <= max ? sb.ToString() : sb.ToString(0, max - 1) + "…";
    }
}
