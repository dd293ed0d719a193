using System.Collections.Generic;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis.Text;

namespace EmpathyLint.Extraction.CSharp;

// What one C# source says about models, enums and validators, with positions in the parsed text.
// The extractor maps it onto the form model; ProjectContextBuilder turns it into cross-file facts.

/// <summary>A value written at an exact place in the parsed text.</summary>
internal readonly struct Written<T>
{
    public Written(T value, TextSpan span)
    {
        Value = value;
        Span = span;
    }

    public T Value { get; }
    public TextSpan Span { get; }
}

internal sealed class CSharpSource
{
    public List<ModelType> Models { get; } = new();
    public List<EnumType> Enums { get; } = new();
    public List<ValidatorType> Validators { get; } = new();
    public List<GenderGuess> GenderGuesses { get; } = new();

    /// <summary>Types this source takes as input: action parameters, bound page properties, form-supplied component parameters.</summary>
    public List<InputUse> InputUses { get; } = new();
}

/// <summary>A type the code takes as a person's input, and the code that shows it ("parameter of AccountController.Register").</summary>
internal sealed class InputUse
{
    public InputUse(string typeName, string evidence)
    {
        TypeName = typeName;
        Evidence = evidence;
    }

    public string TypeName { get; }
    public string Evidence { get; }
}

/// <summary>A type declaration: its name, where its identifier is written, and the types around it.</summary>
internal abstract class DeclaredType
{
    protected DeclaredType(string name, TextSpan identifier, IReadOnlyList<string> containingTypes)
    {
        Name = name;
        Identifier = identifier;
        ContainingTypes = containingTypes;
    }

    public string Name { get; }
    public TextSpan Identifier { get; }

    /// <summary>Enclosing type names, outermost first (empty for a top-level type).</summary>
    public IReadOnlyList<string> ContainingTypes { get; }
    public string? Purpose { get; set; }
}

/// <summary>A class, record or struct with public data properties.</summary>
internal sealed class ModelType : DeclaredType
{
    public ModelType(string name, TextSpan identifier, IReadOnlyList<string> containingTypes)
        : base(name, identifier, containingTypes)
    {
    }

    public List<ModelMember> Members { get; } = new();

    /// <summary>Marked [GeneratedCode]: a tool's output, never a question.</summary>
    public bool IsGenerated { get; set; }
}

internal sealed class ModelMember
{
    public ModelMember(string name, TextSpan identifier)
    {
        Name = name;
        Identifier = identifier;
    }

    public string Name { get; }
    public TextSpan Identifier { get; }
    public FieldKind Kind { get; set; } = FieldKind.Other;
    public bool AllowsMultiple { get; set; }

    /// <summary>The declared type without nullability or namespace ("Gender", "string", "List&lt;Gender&gt;").</summary>
    public string TypeName { get; set; } = "";

    /// <summary>The element or value type name a markup binding may enumerate (the enum of <c>Gender?</c> or <c>List&lt;Gender&gt;</c>).</summary>
    public string? NamedType { get; set; }

    /// <summary>Marked [Key] or [ForeignKey]: storage plumbing.</summary>
    public bool IsKey { get; set; }
    public List<FieldLabel> Labels { get; } = new();
    public List<Written<string>> Hints { get; } = new();
    public Written<string>? Required { get; set; }
    public Written<string>? Pattern { get; set; }
    public Written<int>? MinLength { get; set; }
    public Written<int>? MaxLength { get; set; }
    public string? Purpose { get; set; }
}

internal sealed class EnumType : DeclaredType
{
    public EnumType(string name, TextSpan identifier, IReadOnlyList<string> containingTypes)
        : base(name, identifier, containingTypes)
    {
    }

    public List<Written<string>> Labels { get; } = new();
    public List<EnumMember> Members { get; } = new();
}

internal sealed class EnumMember
{
    public EnumMember(string name, string label, TextSpan identifier)
    {
        Name = name;
        Label = label;
        Identifier = identifier;
    }

    public string Name { get; }
    public string Label { get; }
    public TextSpan Identifier { get; }
}

/// <summary>A FluentValidation <c>AbstractValidator&lt;T&gt;</c>.</summary>
internal sealed class ValidatorType
{
    public ValidatorType(string modelName, TextSpan identifier)
    {
        ModelName = modelName;
        Identifier = identifier;
    }

    public string ModelName { get; }
    public TextSpan Identifier { get; }
    public List<ValidatorRule> Rules { get; } = new();
}

/// <summary>One <c>RuleFor(x =&gt; x.Member)</c> chain.</summary>
internal sealed class ValidatorRule
{
    public ValidatorRule(string memberPath, TextSpan ruleFor)
    {
        MemberPath = memberPath;
        RuleFor = ruleFor;
    }

    /// <summary>"LastName", or "Address.Postcode" for a nested member.</summary>
    public string MemberPath { get; }
    public string MemberName => MemberPath.Substring(MemberPath.LastIndexOf('.') + 1);
    public TextSpan RuleFor { get; }
    public Written<string>? Required { get; set; }
    public Written<string>? Pattern { get; set; }
    public Written<int>? MinLength { get; set; }
    public Written<int>? MaxLength { get; set; }
}

/// <summary>Code that picks a gender from a title or a first name.</summary>
internal sealed class GenderGuess
{
    public GenderGuess(string kind, TextSpan span, string detail)
    {
        Kind = kind;
        Span = span;
        Detail = detail;
    }

    public string Kind { get; }
    public TextSpan Span { get; }
    public string Detail { get; }
}
