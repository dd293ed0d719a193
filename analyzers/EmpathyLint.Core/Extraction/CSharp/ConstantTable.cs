using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmpathyLint.Extraction.CSharp;

/// <summary>
/// Resolves attribute and validator arguments to values at syntax level: literals of every string
/// form, <c>const</c> fields and locals declared in the same file (also through <c>Type.Name</c>),
/// concatenations, constant interpolated strings and <c>nameof</c>.
/// </summary>
internal sealed class ConstantTable
{
    private const int MaxDepth = 16;

    private readonly Dictionary<string, List<(string? Owner, ExpressionSyntax Value)>> _constants = new(StringComparer.Ordinal);

    public void Add(VariableDeclaratorSyntax declarator)
    {
        if (declarator.Initializer?.Value is not { } value || declarator.Identifier.IsMissing) return;
        var owner = declarator.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        var name = declarator.Identifier.ValueText;
        if (!_constants.TryGetValue(name, out var list)) _constants[name] = list = new();
        list.Add((owner, value));
    }

    public string? String(ExpressionSyntax? expression) => String(expression, 0);

    public int? Int(ExpressionSyntax? expression) => Int(expression, 0);

    private string? String(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth) return null;
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case ParenthesizedExpressionSyntax parenthesized:
                return String(parenthesized.Expression, depth + 1);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                var left = String(binary.Left, depth + 1);
                var right = left is null ? null : String(binary.Right, depth + 1);
                return right is null ? null : left + right;
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolated(interpolated, depth);
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
                when nameOf.ArgumentList.Arguments.Count == 1:
                return RightmostName(nameOf.ArgumentList.Arguments[0].Expression);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return Lookup(expression, depth) is { } value ? String(value, depth + 1) : null;
            default:
                return null;
        }
    }

    private int? Int(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth) return null;
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                return literal.Token.Value switch
                {
                    int i => i,
                    long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
                    uint u when u <= int.MaxValue => (int)u,
                    _ => null,
                };
            case ParenthesizedExpressionSyntax parenthesized:
                return Int(parenthesized.Expression, depth + 1);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return Lookup(expression, depth) is { } value ? Int(value, depth + 1) : null;
            default:
                return null;
        }
    }

    private string? Interpolated(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var sb = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    sb.Append(text.TextToken.ValueText);
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole:
                    var value = String(hole.Expression, depth + 1) ?? Int(hole.Expression, depth + 1)?.ToString(CultureInfo.InvariantCulture);
                    if (value is null) return null;
                    sb.Append(value);
                    break;
                default:
                    return null;
            }
        }
        return sb.ToString();
    }

    /// <summary>The initializer of the constant an identifier or <c>Type.Name</c> refers to, when the file says which one.</summary>
    private ExpressionSyntax? Lookup(ExpressionSyntax reference, int depth)
    {
        string name;
        string? owner = null;
        if (reference is IdentifierNameSyntax identifier)
        {
            name = identifier.Identifier.ValueText;
        }
        else if (reference is MemberAccessExpressionSyntax access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            name = access.Name.Identifier.ValueText;
            owner = RightmostName(access.Expression);
        }
        else
        {
            return null;
        }
        if (!_constants.TryGetValue(name, out var candidates)) return null;
        if (owner is not null)
        {
            var owned = candidates.Where(c => c.Owner == owner).ToList();
            return owned.Count == 1 ? owned[0].Value : null;
        }
        // A bare name means the nearest enclosing type's constant, or the only one in the file.
        foreach (var type in reference.Ancestors().OfType<BaseTypeDeclarationSyntax>())
        {
            var local = candidates.Where(c => c.Owner == type.Identifier.ValueText).ToList();
            if (local.Count == 1) return local[0].Value;
        }
        if (candidates.Count == 1) return candidates[0].Value;
        var values = candidates.Select(c => String(c.Value, depth + 1)).Distinct(StringComparer.Ordinal).ToList();
        return values.Count == 1 && values[0] is not null ? candidates[0].Value : null;
    }

    public static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
