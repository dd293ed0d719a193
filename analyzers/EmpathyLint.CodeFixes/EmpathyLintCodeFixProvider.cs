using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.CodeFixes;

/// <summary>
/// Fixes for findings on C# models where the change is unambiguous: add the missing answers to an enum
/// (EL1001, EL1003, EL2001) and drop <c>[Required]</c> from a member that should be optional
/// (EL1004, EL2002, EL2013, EL2014, EL3007). Edits are text insertions and deletions so the file's layout stays.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EmpathyLintCodeFixProvider)), Shared]
public sealed class EmpathyLintCodeFixProvider : CodeFixProvider
{
    private static readonly Dictionary<string, string> FixByRule = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EL1001"] = FixKinds.AddInclusiveGenderMembers,
        ["EL1003"] = FixKinds.AddPreferNotToSay,
        ["EL2001"] = FixKinds.AddMx,
        ["EL1004"] = FixKinds.RemoveRequired,
        ["EL2002"] = FixKinds.RemoveRequired,
        ["EL2013"] = FixKinds.RemoveRequired,
        ["EL2014"] = FixKinds.RemoveRequired,
        ["EL3007"] = FixKinds.RemoveRequired,
    };

    /// <summary>Members a title enum may end with; Mx goes before them.</summary>
    private static readonly string[] TrailingTitleMembers = { "Other", "None", "NoTitle", "PreferNotToSay" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = FixByRule.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixByRule.TryGetValue(diagnostic.Id, out var kind)) continue;
            // A rule that names a different fix (or none it can express) knows better than the id.
            if (diagnostic.Properties.TryGetValue(FixKinds.PropertyName, out var declared) && declared is not null && declared != kind) continue;
            var action = kind switch
            {
                FixKinds.RemoveRequired => RemoveRequiredAction(context.Document, root, diagnostic),
                FixKinds.AddPreferNotToSay => AddMembersAction(context.Document, root, diagnostic, kind, new[] { "PreferNotToSay" }, Array.Empty<string>()),
                FixKinds.AddInclusiveGenderMembers => AddMembersAction(context.Document, root, diagnostic, kind, new[] { "NonBinary", "SelfDescribe", "PreferNotToSay" }, new[] { "PreferNotToSay" }),
                FixKinds.AddMx => AddMembersAction(context.Document, root, diagnostic, kind, new[] { "Mx" }, TrailingTitleMembers),
                _ => null,
            };
            if (action is not null) context.RegisterCodeFix(action, diagnostic);
        }
    }

    private static CodeAction? AddMembersAction(Document document, SyntaxNode root, Diagnostic diagnostic, string kind, string[] wanted, string[] insertBefore)
    {
        var enumDeclaration = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<EnumDeclarationSyntax>();
        if (enumDeclaration is null || enumDeclaration.Members.Count == 0) return null;
        if (HasFlagsAttribute(enumDeclaration)) return null;
        var existing = new HashSet<string>(enumDeclaration.Members.Select(m => m.Identifier.ValueText), StringComparer.OrdinalIgnoreCase);
        var missing = wanted.Where(w => !existing.Contains(w)).ToList();
        if (missing.Count == 0) return null;
        var edit = EnumEdit(enumDeclaration, missing, insertBefore);
        if (edit is null) return null;
        var title = missing.Count == 1
            ? $"Add '{missing[0]}' to {enumDeclaration.Identifier.ValueText}"
            : $"Add {string.Join(", ", missing.Take(missing.Count - 1).Select(m => "'" + m + "'"))} and '{missing[missing.Count - 1]}' to {enumDeclaration.Identifier.ValueText}";
        return CodeAction.Create(title, ct => ApplyAsync(document, edit.Value, ct), equivalenceKey: kind);
    }

    /// <summary>
    /// The text to insert. Members go before the first of <paramref name="insertBefore"/> that exists, else at the end.
    /// With explicit values, new members get the next free integer and go at the end; non-literal values mean no fix.
    /// </summary>
    private static TextChange? EnumEdit(EnumDeclarationSyntax enumDeclaration, List<string> names, string[] insertBefore)
    {
        var members = enumDeclaration.Members;
        var text = enumDeclaration.SyntaxTree.GetText();
        var newline = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
        var first = members[0];
        var multiline = text.Lines.GetLineFromPosition(enumDeclaration.OpenBraceToken.SpanStart).LineNumber != text.Lines.GetLineFromPosition(first.SpanStart).LineNumber;
        var between = multiline ? newline + Indentation(text, first.SpanStart) : " ";

        var explicitValues = members.Any(m => m.EqualsValue is not null);
        var values = new List<long>();
        if (explicitValues)
        {
            foreach (var member in members)
            {
                if (member.EqualsValue is null) return null;
                if (member.EqualsValue.Value is not LiteralExpressionSyntax literal || !long.TryParse(literal.Token.ValueText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return null;
                values.Add(value);
            }
        }
        var next = values.Count == 0 ? 0 : values.Max() + 1;
        var declarations = names.Select(n => explicitValues ? $"{n} = {(next++).ToString(CultureInfo.InvariantCulture)}" : n).ToList();

        var before = explicitValues ? null : members.FirstOrDefault(m => insertBefore.Any(b => string.Equals(b, m.Identifier.ValueText, StringComparison.OrdinalIgnoreCase)));
        if (before is not null)
        {
            return new TextChange(new TextSpan(before.SpanStart, 0), string.Concat(declarations.Select(d => d + "," + between)));
        }
        var last = members[members.Count - 1];
        var trailingComma = members.SeparatorCount == members.Count;
        if (trailingComma)
        {
            var comma = members.GetSeparator(members.SeparatorCount - 1);
            return new TextChange(new TextSpan(comma.Span.End, 0), string.Concat(declarations.Select(d => between + d + ",")));
        }
        return new TextChange(new TextSpan(last.Span.End, 0), string.Concat(declarations.Select(d => "," + between + d)));
    }

    private static CodeAction? RemoveRequiredAction(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var attribute = node.FirstAncestorOrSelf<AttributeSyntax>();
        if (attribute is null || !IsRequired(attribute))
        {
            // The finding may point at the member itself: fix only when it carries exactly one [Required].
            var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>() as SyntaxNode ?? node.FirstAncestorOrSelf<ParameterSyntax>();
            var lists = member switch
            {
                MemberDeclarationSyntax m => m.AttributeLists,
                ParameterSyntax p => p.AttributeLists,
                _ => default,
            };
            var candidates = lists.SelectMany(l => l.Attributes).Where(IsRequired).ToList();
            if (candidates.Count != 1) return null;
            attribute = candidates[0];
        }
        if (attribute.Parent is not AttributeListSyntax list) return null;
        var change = RemovalOf(attribute, list);
        var target = list.Parent switch
        {
            PropertyDeclarationSyntax p => p.Identifier.ValueText,
            FieldDeclarationSyntax f => f.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText,
            ParameterSyntax p => p.Identifier.ValueText,
            _ => null,
        };
        var title = target is null ? "Remove [Required]" : $"Remove [Required] from {target}";
        return CodeAction.Create(title, ct => ApplyAsync(document, change, ct), equivalenceKey: FixKinds.RemoveRequired);
    }

    /// <summary>Removes the attribute and one separator, or the whole list with the line break after it.</summary>
    private static TextChange RemovalOf(AttributeSyntax attribute, AttributeListSyntax list)
    {
        var attributes = list.Attributes;
        if (attributes.Count == 1)
        {
            var next = list.GetLastToken().GetNextToken();
            var end = next.RawKind == 0 ? list.FullSpan.End : next.SpanStart;
            var text = list.SyntaxTree.GetText();
            var startLine = text.Lines.GetLineFromPosition(list.SpanStart);
            // When the list shares its line with code before it, keep the line break and the next line's indentation.
            var alone = string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(startLine.Start, list.SpanStart)));
            if (!alone || text.Lines.GetLineFromPosition(end).LineNumber == startLine.LineNumber)
            {
                end = list.Span.End;
                while (end < text.Length && (text[end] == ' ' || text[end] == '\t')) end++;
                return new TextChange(TextSpan.FromBounds(list.SpanStart, end), "");
            }
            return new TextChange(TextSpan.FromBounds(list.SpanStart, end), "");
        }
        var index = attributes.IndexOf(attribute);
        return index < attributes.Count - 1
            ? new TextChange(TextSpan.FromBounds(attribute.SpanStart, attributes[index + 1].SpanStart), "")
            : new TextChange(TextSpan.FromBounds(attributes.GetSeparator(index - 1).SpanStart, attribute.Span.End), "");
    }

    private static bool IsRequired(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => "",
        };
        return name is "Required" or "RequiredAttribute";
    }

    private static bool HasFlagsAttribute(EnumDeclarationSyntax enumDeclaration) =>
        enumDeclaration.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Flags" or "FlagsAttribute" or "System.Flags" or "System.FlagsAttribute");

    private static string Indentation(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        return text.ToString(TextSpan.FromBounds(line.Start, position));
    }

    private static async Task<Document> ApplyAsync(Document document, TextChange change, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(change));
    }
}
