using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Extraction.CSharp;

/// <summary>
/// Finds code that decides a person's gender from their title or first name (for EL1008): a
/// conditional, <c>if</c>, <c>switch</c> or dictionary mapping Mr/Mrs to Male/Female, a
/// <c>GuessGender(firstName)</c> call, or a name→gender table. Precision first: both sides must be
/// recognisably a title (or name) and a gender.
/// </summary>
internal sealed class GenderGuessDetector
{
    public const string TitleToGender = "title-to-gender";
    public const string NameToGender = "name-to-gender";

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mister", "missus", "sir", "madam", "madame", "monsieur", "mademoiselle", "mme", "mlle",
        "herr", "frau", "señor", "señora", "señorita", "senor", "senora", "senorita", "sr", "sra", "srta", "signor", "signora", "dame", "lord", "lady",
    };

    private static readonly HashSet<string> TitleTypeWords = new(StringComparer.Ordinal) { "title", "titles", "salutation", "honorific", "prefix", "anrede", "address" };

    // Gender answers as written in code; the single letters only count next to a title or name.
    private static readonly HashSet<string> GenderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "male", "female", "man", "woman", "m", "f", "masculine", "feminine", "männlich", "weiblich", "masculin", "féminin", "masculino", "femenino", "feminino",
    };

    private static readonly HashSet<string> GuessVerbs = new(StringComparer.Ordinal)
    {
        "guess", "guessed", "infer", "inferred", "predict", "predicted", "detect", "detected", "estimate", "determine", "derive", "derived", "lookup", "genderize",
    };

    private static readonly string[] GenderGuessServices = { "genderize.io", "gender-api.com", "genderapi.io", "api.namsor.com" };

    private readonly List<GenderGuess> _found;
    private readonly List<(string Kind, TextSpan Span)> _covered = new();

    public GenderGuessDetector(List<GenderGuess> found)
    {
        _found = found;
    }

    public static bool IsCandidate(SyntaxNode node) => node is ConditionalExpressionSyntax or SwitchExpressionSyntax or SwitchStatementSyntax
        or IfStatementSyntax or InitializerExpressionSyntax or InvocationExpressionSyntax or VariableDeclaratorSyntax or AssignmentExpressionSyntax
        || node.IsKind(SyntaxKind.StringLiteralExpression) || node is InterpolatedStringExpressionSyntax;

    public void Inspect(IEnumerable<SyntaxNode> candidates)
    {
        foreach (var node in candidates)
        {
            switch (node)
            {
                case ConditionalExpressionSyntax conditional:
                    if (ContainsTitle(conditional.Condition) && (IsGender(conditional.WhenTrue) || IsGender(conditional.WhenFalse)))
                    {
                        Add(TitleToGender, conditional.Span, conditional, conditional);
                    }
                    break;
                case SwitchExpressionSyntax switchExpression:
                    Inspect(switchExpression);
                    break;
                case SwitchStatementSyntax switchStatement:
                    Inspect(switchStatement);
                    break;
                case IfStatementSyntax ifStatement:
                    Inspect(ifStatement);
                    break;
                case InitializerExpressionSyntax initializer:
                    Inspect(initializer);
                    break;
                case InvocationExpressionSyntax invocation:
                    if (GuessesGenderFromName(invocation)) Add(NameToGender, invocation.Span, invocation, invocation);
                    break;
                case VariableDeclaratorSyntax { Initializer.Value: var value } declarator:
                    if (IsGenderTarget(declarator.Identifier.ValueText) && IsTitleComparison(value)) Add(TitleToGender, declarator.Span, declarator, declarator);
                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    if (ConstantTable.RightmostName(assignment.Left) is { } target && IsGenderTarget(target) && IsTitleComparison(assignment.Right))
                    {
                        Add(TitleToGender, assignment.Span, assignment, assignment);
                    }
                    break;
                case LiteralExpressionSyntax literal:
                    if (NamesGuessService(literal.Token.ValueText)) Add(NameToGender, literal.Span, literal, literal);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    var text = string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
                    if (NamesGuessService(text)) Add(NameToGender, interpolated.Span, interpolated, interpolated);
                    break;
            }
        }
    }

    private void Inspect(SwitchExpressionSyntax switchExpression)
    {
        var head = TextSpan.FromBounds(switchExpression.SpanStart, switchExpression.SwitchKeyword.Span.End);
        if (switchExpression.Arms.Any(arm => ContainsTitle(arm.Pattern) && IsGender(arm.Expression)))
        {
            Add(TitleToGender, head, switchExpression, switchExpression);
        }
        else if (IsNameReference(switchExpression.GoverningExpression)
            && switchExpression.Arms.Count(arm => arm.Pattern is ConstantPatternSyntax { Expression: var key } && IsPersonNameKey(key) && IsGender(arm.Expression)) >= 2)
        {
            Add(NameToGender, head, switchExpression, switchExpression);
        }
    }

    private void Inspect(SwitchStatementSyntax switchStatement)
    {
        foreach (var section in switchStatement.Sections)
        {
            if (!section.Labels.Any(ContainsTitle)) continue;
            if (!section.Statements.SelectMany(s => s.DescendantNodesAndSelf()).Any(AssignsOrReturnsGender)) continue;
            var end = switchStatement.CloseParenToken.IsMissing ? switchStatement.Expression.Span.End : switchStatement.CloseParenToken.Span.End;
            Add(TitleToGender, TextSpan.FromBounds(switchStatement.SwitchKeyword.SpanStart, end), switchStatement.Expression, switchStatement);
            return;
        }
    }

    private void Inspect(IfStatementSyntax ifStatement)
    {
        // One observation per if / else-if chain.
        var root = ifStatement;
        while (root.Parent is ElseClauseSyntax { Parent: IfStatementSyntax outer }) root = outer;
        if (!ContainsTitle(ifStatement.Condition)) return;
        var statements = ifStatement.Statement is BlockSyntax block ? block.Statements.ToList() : new List<StatementSyntax> { ifStatement.Statement };
        if (!statements.Any(s => AssignsOrReturnsGender(s is ExpressionStatementSyntax e ? e.Expression : s))) return;
        var end = ifStatement.CloseParenToken.IsMissing ? ifStatement.Condition.Span.End : ifStatement.CloseParenToken.Span.End;
        Add(TitleToGender, TextSpan.FromBounds(ifStatement.IfKeyword.SpanStart, end), ifStatement.Condition, root);
    }

    private void Inspect(InitializerExpressionSyntax initializer)
    {
        if (!initializer.IsKind(SyntaxKind.CollectionInitializerExpression) && !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) return;
        var entries = new List<(SyntaxNode Entry, ExpressionSyntax Key, ExpressionSyntax Value)>();
        foreach (var element in initializer.Expressions)
        {
            if (element is InitializerExpressionSyntax { Expressions.Count: 2 } pair && element.IsKind(SyntaxKind.ComplexElementInitializerExpression))
            {
                entries.Add((pair, pair.Expressions[0], pair.Expressions[1]));
            }
            else if (element is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } access } assignment)
            {
                entries.Add((assignment, access.ArgumentList.Arguments[0].Expression, assignment.Right));
            }
        }
        var titleEntry = entries.FirstOrDefault(e => IsTitle(e.Key) && IsGender(e.Value));
        if (titleEntry.Entry is not null)
        {
            Add(TitleToGender, titleEntry.Entry.Span, titleEntry.Entry, initializer);
            return;
        }
        var nameEntries = entries.Where(e => IsPersonNameKey(e.Key) && IsGender(e.Value)).ToList();
        if (nameEntries.Count >= 2 && DeclaredName(initializer) is { } declared && Mentions(declared, "name", "names", "forename", "forenames", "firstname", "firstnames"))
        {
            Add(NameToGender, nameEntries[0].Entry.Span, nameEntries[0].Entry, initializer);
        }
    }

    /// <summary>The variable, field, property or assignment target an initializer fills.</summary>
    private static string? DeclaredName(InitializerExpressionSyntax initializer)
    {
        foreach (var ancestor in initializer.Ancestors())
        {
            switch (ancestor)
            {
                case VariableDeclaratorSyntax declarator: return declarator.Identifier.ValueText;
                case PropertyDeclarationSyntax property: return property.Identifier.ValueText;
                case AssignmentExpressionSyntax assignment: return ConstantTable.RightmostName(assignment.Left);
                case StatementSyntax or MemberDeclarationSyntax: return null;
            }
        }
        return null;
    }

    private static bool GuessesGenderFromName(InvocationExpressionSyntax invocation)
    {
        var method = ConstantTable.RightmostName(invocation.Expression);
        if (method is null) return false;
        var words = Words.OfIdentifier(method);
        var guessVerb = words.Any(GuessVerbs.Contains);
        var mentionsGender = words.Contains("gender") || words.Contains("sex") || words.Contains("genderize");
        if (!mentionsGender) return false;
        var methodNamesName = words.Contains("name") || words.Contains("forename") || words.Contains("firstname");
        var argumentWords = invocation.ArgumentList.Arguments.Select(a => ConstantTable.RightmostName(a.Expression)).Where(n => n is not null).Select(n => Words.OfIdentifier(n)).ToList();
        var argumentIsName = argumentWords.Any(w => w.Contains("name") || w.Contains("forename") || w.Contains("firstname"));
        var argumentIsFirstName = argumentWords.Any(IsFirstNameWords);
        if (argumentIsFirstName) return true;
        if (guessVerb && (methodNamesName || argumentIsName)) return true;
        // GenderFromName(x), GenderByFirstName(x), GetGenderForName(x)
        return methodNamesName && (words.Contains("from") || words.Contains("by") || words.Contains("for"));
    }

    private static bool IsFirstNameWords(List<string> words)
    {
        if (words.Contains("forename") || words.Contains("firstname") || words.Contains("givenname")) return true;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i + 1] == "name" && words[i] is "first" or "given" or "christian") return true;
        }
        return false;
    }

    private static bool IsNameReference(ExpressionSyntax expression) =>
        ConstantTable.RightmostName(expression) is { } name && IsFirstNameWords(Words.OfIdentifier(name));

    private static bool Mentions(string identifier, params string[] words)
    {
        var found = Words.OfIdentifier(identifier);
        return words.Any(found.Contains);
    }

    private static bool NamesGuessService(string text) => GenderGuessServices.Any(s => text.IndexOf(s, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>isMale = title == "Mr" / gender = title is Title.Mrs.</summary>
    private static bool IsGenderTarget(string name)
    {
        var words = Words.OfIdentifier(name);
        return words.Contains("gender") || words.Contains("sex") || (words.Count == 2 && words[0] == "is" && words[1] is "male" or "female" or "man" or "woman");
    }

    private static bool IsTitleComparison(ExpressionSyntax value)
    {
        value = Strip(value);
        return value is BinaryExpressionSyntax binary && (binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression)) && (IsTitle(binary.Left) || IsTitle(binary.Right))
            || value is IsPatternExpressionSyntax isPattern && ContainsTitle(isPattern.Pattern);
    }

    private static bool AssignsOrReturnsGender(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax assignment => IsGender(assignment.Right),
        ReturnStatementSyntax { Expression: { } returned } => IsGender(returned),
        YieldStatementSyntax { Expression: { } yielded } => IsGender(yielded),
        _ => false,
    };

    private static bool ContainsTitle(SyntaxNode node) => node.DescendantNodesAndSelf().OfType<ExpressionSyntax>().Any(IsTitle);

    private static bool IsTitle(ExpressionSyntax expression)
    {
        expression = Strip(expression);
        if (expression.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return TitleWords.Contains(((LiteralExpressionSyntax)expression).Token.ValueText.Trim().TrimEnd('.'));
        }
        return expression is MemberAccessExpressionSyntax access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            && TitleWords.Contains(access.Name.Identifier.ValueText)
            && ConstantTable.RightmostName(access.Expression) is { } owner
            && Words.OfIdentifier(owner).Any(TitleTypeWords.Contains);
    }

    private static bool IsGender(ExpressionSyntax expression)
    {
        expression = Strip(expression);
        if (expression.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return GenderWords.Contains(((LiteralExpressionSyntax)expression).Token.ValueText.Trim());
        }
        if (expression.IsKind(SyntaxKind.CharacterLiteralExpression))
        {
            return ((LiteralExpressionSyntax)expression).Token.ValueText is "M" or "F" or "m" or "f";
        }
        if (expression is MemberAccessExpressionSyntax access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            var member = access.Name.Identifier.ValueText;
            if (member is "Male" or "Female") return true;
            return GenderWords.Contains(member) && ConstantTable.RightmostName(access.Expression) is { } owner
                && Words.OfIdentifier(owner).Any(w => w is "gender" or "sex" or "geschlecht");
        }
        return false;
    }

    /// <summary>A key that reads as a person's first name: a capitalised single word that is neither a title nor a gender.</summary>
    private static bool IsPersonNameKey(ExpressionSyntax key)
    {
        key = Strip(key);
        if (!key.IsKind(SyntaxKind.StringLiteralExpression)) return false;
        var text = ((LiteralExpressionSyntax)key).Token.ValueText.Trim();
        return text.Length > 1 && char.IsUpper(text[0]) && text.All(c => char.IsLetter(c) || c is '-' or '\'')
            && !TitleWords.Contains(text.TrimEnd('.')) && !GenderWords.Contains(text);
    }

    private static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized: expression = parenthesized.Expression; continue;
                case CastExpressionSyntax cast: expression = cast.Expression; continue;
                case PostfixUnaryExpressionSyntax bang when bang.IsKind(SyntaxKind.SuppressNullableWarningExpression): expression = bang.Operand; continue;
                default: return expression;
            }
        }
    }

    /// <summary>Records one observation; a mapping nested in one already seen (a chained conditional, an if inside a switch) is the same guess.</summary>
    private void Add(string kind, TextSpan span, SyntaxNode shown, SyntaxNode covers)
    {
        if (_covered.Any(c => c.Kind == kind && c.Span.Contains(covers.Span))) return;
        _covered.Add((kind, covers.Span));
        _found.Add(new GenderGuess(kind, span, CSharpSyntax.Compact(shown)));
    }
}
