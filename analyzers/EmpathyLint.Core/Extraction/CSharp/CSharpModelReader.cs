using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Extraction.CSharp;

/// <summary>Reads one syntax tree into models, enums, validators and gender guesses. Tolerates any broken code.</summary>
internal sealed class CSharpModelReader
{
    private readonly ConstantTable _constants = new();
    private readonly CSharpSource _source = new();

    public static CSharpSource Read(SyntaxNode root)
    {
        var reader = new CSharpModelReader();
        var types = new List<BaseTypeDeclarationSyntax>();
        var candidates = new List<SyntaxNode>();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    types.Add(type);
                    break;
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    foreach (var variable in field.Declaration.Variables) reader._constants.Add(variable);
                    break;
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    foreach (var variable in local.Declaration.Variables) reader._constants.Add(variable);
                    break;
                default:
                    if (GenderGuessDetector.IsCandidate(node)) candidates.Add(node);
                    break;
            }
        }
        foreach (var type in types)
        {
            if (type.Identifier.IsMissing || type.Identifier.ValueText.Length == 0) continue;
            switch (type)
            {
                case EnumDeclarationSyntax enumDeclaration:
                    reader.ReadEnum(enumDeclaration);
                    break;
                case TypeDeclarationSyntax declaration when declaration is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax:
                    reader.ReadInputUses(declaration);
                    if (ValidatedModel(declaration) is { } model) reader.ReadValidator(declaration, model);
                    else reader.ReadModel(declaration);
                    break;
            }
        }
        new GenderGuessDetector(reader._source.GenderGuesses).Inspect(candidates);
        return reader._source;
    }

    private void ReadModel(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Any(SyntaxKind.StaticKeyword)) return;
        var model = new ModelType(declaration.Identifier.ValueText, declaration.Identifier.Span, CSharpSyntax.ContainingTypes(declaration));
        foreach (var attribute in CSharpSyntax.MemberAttributes(declaration.AttributeLists))
        {
            var attributeName = CSharpSyntax.AttributeName(attribute);
            if (attributeName == "CollectionPurpose") model.Purpose ??= PurposeOf(attribute);
            else if (attributeName == "GeneratedCode") model.IsGenerated = true;
        }
        // Record parameters are public properties.
        if (declaration.ParameterList is { } parameters && declaration is RecordDeclarationSyntax)
        {
            foreach (var parameter in parameters.Parameters)
            {
                if (parameter.Identifier.IsMissing || parameter.Type is null) continue;
                model.Members.Add(ReadMember(parameter.Identifier, parameter.Type, parameter.AttributeLists));
            }
        }
        foreach (var member in declaration.Members)
        {
            if (member is PropertyDeclarationSyntax property && IsQuestion(property))
            {
                model.Members.Add(ReadMember(property.Identifier, property.Type, property.AttributeLists));
            }
        }
        if (model.Members.Count > 0) _source.Models.Add(model);
    }

    /// <summary>A public instance property that holds data: it can be set, or is a get-only auto-property set by a constructor.</summary>
    private static bool IsQuestion(PropertyDeclarationSyntax property)
    {
        if (property.Identifier.IsMissing || !CSharpSyntax.IsPublic(property.Modifiers) || CSharpSyntax.IsStatic(property.Modifiers)) return false;
        if (property.ExplicitInterfaceSpecifier is not null || property.AccessorList is null) return false;
        var accessors = property.AccessorList.Accessors;
        if (accessors.Any(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration))) return true;
        // { get; } without an initializer is an immutable DTO member; { get; } = [..] and computed getters are not questions.
        return property.Initializer is null && accessors.All(a => a.Body is null && a.ExpressionBody is null);
    }

    private ModelMember ReadMember(SyntaxToken identifier, TypeSyntax type, SyntaxList<AttributeListSyntax> attributeLists)
    {
        var member = new ModelMember(identifier.ValueText, identifier.Span);
        var (kind, multiple, named) = CSharpSyntax.Classify(type);
        member.Kind = kind;
        member.AllowsMultiple = multiple;
        member.NamedType = named;
        member.TypeName = CSharpSyntax.TypeName(type);
        foreach (var attribute in CSharpSyntax.MemberAttributes(attributeLists)) ReadAnnotation(attribute, member);
        return member;
    }

    private void ReadAnnotation(AttributeSyntax attribute, ModelMember member)
    {
        var positional = CSharpSyntax.Positional(attribute);
        var span = attribute.Span;
        switch (CSharpSyntax.AttributeName(attribute))
        {
            case "Key":
            case "ForeignKey":
                member.IsKey = true;
                break;
            case "Required":
                member.Required ??= new Written<string>("[Required]", span);
                break;
            case "RegularExpression":
                if (positional.Count > 0 && _constants.String(positional[0]) is { } pattern) member.Pattern ??= new Written<string>(pattern, span);
                break;
            case "MinLength":
                if (positional.Count > 0 && _constants.Int(positional[0]) is { } min) member.MinLength ??= new Written<int>(min, span);
                break;
            case "MaxLength":
                if (positional.Count > 0 && _constants.Int(positional[0]) is { } max) member.MaxLength ??= new Written<int>(max, span);
                break;
            case "StringLength":
                var maximum = positional.Count > 0 ? _constants.Int(positional[0]) : _constants.Int(CSharpSyntax.Named(attribute, "maximumLength"));
                if (maximum is { } stringMax) member.MaxLength ??= new Written<int>(stringMax, span);
                if (_constants.Int(CSharpSyntax.Named(attribute, "MinimumLength")) is { } stringMin) member.MinLength ??= new Written<int>(stringMin, span);
                break;
            case "Length":
                if (positional.Count == 2 && _constants.Int(positional[0]) is { } lengthMin && _constants.Int(positional[1]) is { } lengthMax)
                {
                    member.MinLength ??= new Written<int>(lengthMin, span);
                    member.MaxLength ??= new Written<int>(lengthMax, span);
                }
                break;
            case "Display":
                if (_constants.String(CSharpSyntax.Named(attribute, "Name")) is { Length: > 0 } name) member.Labels.Add(new FieldLabel(name, LabelSource.Display));
                if (_constants.String(CSharpSyntax.Named(attribute, "Prompt")) is { Length: > 0 } prompt) member.Labels.Add(new FieldLabel(prompt, LabelSource.Placeholder));
                if (CSharpSyntax.Named(attribute, "Description") is { } descriptionArgument && _constants.String(descriptionArgument) is { Length: > 0 } description)
                {
                    member.Hints.Add(new Written<string>(description, descriptionArgument.Parent?.Span ?? span));
                }
                break;
            case "DisplayName":
                if (positional.Count > 0 && _constants.String(positional[0]) is { Length: > 0 } displayName) member.Labels.Add(new FieldLabel(displayName, LabelSource.Display));
                break;
            case "Description":
                if (positional.Count > 0 && _constants.String(positional[0]) is { Length: > 0 } hint) member.Hints.Add(new Written<string>(hint, span));
                break;
            case "CollectionPurpose":
                member.Purpose ??= PurposeOf(attribute);
                break;
        }
    }

    private static readonly HashSet<string> InputAttributes = new(System.StringComparer.Ordinal) { "FromForm", "FromBody", "BindProperty", "SupplyParameterFromForm" };

    /// <summary>
    /// Where a type is taken as input: parameters of public controller actions, parameters marked
    /// [FromForm]/[FromBody], properties marked [BindProperty] or [SupplyParameterFromForm] (or every
    /// public property of a [BindProperties] page).
    /// </summary>
    private void ReadInputUses(TypeDeclarationSyntax declaration)
    {
        var typeName = declaration.Identifier.ValueText;
        var isController = typeName.EndsWith("Controller", System.StringComparison.Ordinal)
            || declaration.BaseList?.Types.Any(t => CSharpSyntax.TypeName(t.Type) is "Controller" or "ControllerBase") == true;
        var bindsAll = CSharpSyntax.MemberAttributes(declaration.AttributeLists).Any(a => CSharpSyntax.AttributeName(a) == "BindProperties");
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    var action = isController && CSharpSyntax.IsPublic(method.Modifiers) && !CSharpSyntax.IsStatic(method.Modifiers);
                    foreach (var parameter in method.ParameterList.Parameters)
                    {
                        if (parameter.Type is null) continue;
                        var marked = CSharpSyntax.MemberAttributes(parameter.AttributeLists).Select(CSharpSyntax.AttributeName).FirstOrDefault(InputAttributes.Contains);
                        if (!action && marked is null) continue;
                        AddInputUse(parameter.Type, marked is null
                            ? $"a parameter of the action {typeName}.{method.Identifier.ValueText}"
                            : $"[{marked}] on a parameter of {typeName}.{method.Identifier.ValueText}");
                    }
                    break;
                case PropertyDeclarationSyntax property:
                    var bound = CSharpSyntax.MemberAttributes(property.AttributeLists).Select(CSharpSyntax.AttributeName).FirstOrDefault(InputAttributes.Contains);
                    if (bound is null && !(bindsAll && CSharpSyntax.IsPublic(property.Modifiers))) continue;
                    AddInputUse(property.Type, $"[{bound ?? "BindProperties"}] on {typeName}.{property.Identifier.ValueText}");
                    break;
            }
        }
    }

    private void AddInputUse(TypeSyntax type, string evidence)
    {
        var (_, _, named) = CSharpSyntax.Classify(type);
        var name = named ?? CSharpSyntax.TypeName(type);
        if (name.Length > 0 && char.IsUpper(name[0])) _source.InputUses.Add(new InputUse(name, evidence));
    }

    private string? PurposeOf(AttributeSyntax attribute)
    {
        var positional = CSharpSyntax.Positional(attribute);
        var value = positional.Count > 0 ? _constants.String(positional[0]) : _constants.String(CSharpSyntax.Named(attribute, "purpose"));
        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    private void ReadEnum(EnumDeclarationSyntax declaration)
    {
        var enumType = new EnumType(declaration.Identifier.ValueText, declaration.Identifier.Span, CSharpSyntax.ContainingTypes(declaration));
        foreach (var attribute in CSharpSyntax.MemberAttributes(declaration.AttributeLists))
        {
            var name = CSharpSyntax.AttributeName(attribute);
            if (name == "CollectionPurpose") enumType.Purpose ??= PurposeOf(attribute);
            else if (name == "Display" && _constants.String(CSharpSyntax.Named(attribute, "Name")) is { Length: > 0 } display) enumType.Labels.Add(new Written<string>(display, attribute.Span));
            else if (name == "DisplayName" && CSharpSyntax.Positional(attribute) is { Count: > 0 } args && _constants.String(args[0]) is { Length: > 0 } displayName) enumType.Labels.Add(new Written<string>(displayName, attribute.Span));
        }
        foreach (var member in declaration.Members)
        {
            if (member.Identifier.IsMissing || member.Identifier.ValueText.Length == 0) continue;
            var label = EnumMemberLabel(member) ?? CSharpSyntax.InWords(member.Identifier.ValueText);
            enumType.Members.Add(new EnumMember(member.Identifier.ValueText, label, member.Identifier.Span));
        }
        _source.Enums.Add(enumType);
    }

    private string? EnumMemberLabel(EnumMemberDeclarationSyntax member)
    {
        foreach (var attribute in member.AttributeLists.SelectMany(l => l.Attributes))
        {
            var name = CSharpSyntax.AttributeName(attribute);
            if (name == "Display" && _constants.String(CSharpSyntax.Named(attribute, "Name")) is { Length: > 0 } display) return display;
            if (name is "Description" or "DisplayName" && CSharpSyntax.Positional(attribute) is { Count: > 0 } args && _constants.String(args[0]) is { Length: > 0 } text) return text;
        }
        return null;
    }

    /// <summary>T of a class deriving from <c>AbstractValidator&lt;T&gt;</c>, or null.</summary>
    private static string? ValidatedModel(TypeDeclarationSyntax declaration)
    {
        if (declaration.BaseList is null) return null;
        foreach (var baseType in declaration.BaseList.Types)
        {
            var type = baseType.Type;
            if (type is QualifiedNameSyntax qualified) type = qualified.Right;
            if (type is AliasQualifiedNameSyntax alias) type = alias.Name;
            if (type is GenericNameSyntax { Identifier.ValueText: "AbstractValidator", TypeArgumentList.Arguments.Count: 1 } generic)
            {
                var model = CSharpSyntax.TypeName(generic.TypeArgumentList.Arguments[0]);
                return model.Length > 0 ? model : null;
            }
        }
        return null;
    }

    private void ReadValidator(TypeDeclarationSyntax declaration, string modelName)
    {
        var validator = new ValidatorType(modelName, declaration.Identifier.Span);
        var invocations = declaration.DescendantNodes(n => n == declaration || n is not BaseTypeDeclarationSyntax).OfType<InvocationExpressionSyntax>();
        foreach (var invocation in invocations)
        {
            if (RuleForMember(invocation) is not { } path) continue;
            var rule = new ValidatorRule(path, invocation.Span);
            ReadRuleChain(invocation, rule);
            validator.Rules.Add(rule);
        }
        _source.Validators.Add(validator);
    }

    /// <summary>"Member" of <c>RuleFor(x =&gt; x.Member)</c> ("Address.Postcode" for <c>x =&gt; x.Address.Postcode</c>).</summary>
    private static string? RuleForMember(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name != "RuleFor" || invocation.ArgumentList.Arguments.Count != 1) return null;
        string? parameter;
        CSharpSyntaxNode body;
        switch (invocation.ArgumentList.Arguments[0].Expression)
        {
            case SimpleLambdaExpressionSyntax simple:
                parameter = simple.Parameter.Identifier.ValueText;
                body = simple.Body;
                break;
            case ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized:
                parameter = parenthesized.ParameterList.Parameters[0].Identifier.ValueText;
                body = parenthesized.Body;
                break;
            default:
                return null;
        }
        var names = new List<string>();
        var current = body as ExpressionSyntax;
        while (current is MemberAccessExpressionSyntax access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            if (access.Name.Identifier.IsMissing || access.Name.Identifier.ValueText.Length == 0) return null;
            names.Insert(0, access.Name.Identifier.ValueText);
            current = access.Expression;
        }
        if (names.Count == 0 || current is not IdentifierNameSyntax root || root.Identifier.ValueText != parameter) return null;
        return string.Join(".", names);
    }

    /// <summary>Follows <c>RuleFor(…).NotEmpty().MaximumLength(50)…</c> and records the constraints, each at its own call.</summary>
    private void ReadRuleChain(InvocationExpressionSyntax ruleFor, ValidatorRule rule)
    {
        SyntaxNode current = ruleFor;
        while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current && access.Parent is InvocationExpressionSyntax call && call.Expression == access)
        {
            var span = TextSpan.FromBounds(access.Name.SpanStart, call.Span.End);
            var arguments = call.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            switch (access.Name.Identifier.ValueText)
            {
                case "NotEmpty":
                    rule.Required ??= new Written<string>("NotEmpty()", span);
                    break;
                case "NotNull":
                    rule.Required ??= new Written<string>("NotNull()", span);
                    break;
                case "Matches":
                    if (arguments.Count > 0 && RegexPattern(arguments[0]) is { } pattern) rule.Pattern ??= new Written<string>(pattern, span);
                    break;
                case "MinimumLength":
                    if (arguments.Count == 1 && _constants.Int(arguments[0]) is { } min) rule.MinLength ??= new Written<int>(min, span);
                    break;
                case "MaximumLength":
                    if (arguments.Count == 1 && _constants.Int(arguments[0]) is { } max) rule.MaxLength ??= new Written<int>(max, span);
                    break;
                case "Length":
                    if (arguments.Count == 2 && _constants.Int(arguments[0]) is { } lengthMin && _constants.Int(arguments[1]) is { } lengthMax)
                    {
                        rule.MinLength ??= new Written<int>(lengthMin, span);
                        rule.MaxLength ??= new Written<int>(lengthMax, span);
                    }
                    else if (arguments.Count == 1 && _constants.Int(arguments[0]) is { } exact)
                    {
                        rule.MinLength ??= new Written<int>(exact, span);
                        rule.MaxLength ??= new Written<int>(exact, span);
                    }
                    break;
            }
            current = call;
        }
    }

    /// <summary>The pattern of <c>Matches("…")</c>, <c>Matches(Constant)</c> or <c>Matches(new Regex("…"))</c>.</summary>
    private string? RegexPattern(ExpressionSyntax argument)
    {
        if (argument is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
            && (creation is ImplicitObjectCreationExpressionSyntax || creation is ObjectCreationExpressionSyntax { Type: var type } && CSharpSyntax.TypeName(type) == "Regex"))
        {
            return _constants.String(creation.ArgumentList!.Arguments[0].Expression);
        }
        return _constants.String(argument);
    }
}
