using System.Collections.Immutable;
using EmpathyLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using EmpathyLint.Analyzers.Tests.Support;

namespace EmpathyLint.Analyzers.Tests;

/// <summary>
/// Before/after tests for the code fixes. A small analyzer reports each rule where the C# rules report it
/// (the enum identifier, or the [Required] attribute) with the rule's fix property, so the fixes are tested
/// on their contract alone.
/// </summary>
public class CodeFixTests
{
    private static async Task Verify(string id, string fix, string before, string after, int fixedIterations = 1)
    {
        var test = new CSharpCodeFixTest<ContractAnalyzer, EmpathyLintCodeFixProvider, DefaultVerifier>
        {
            TestCode = before,
            FixedCode = after,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Runtime);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Runtime);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nempathylint_test.rule = {id}\nempathylint_test.fix = {fix}\n"));
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nempathylint_test.rule = {id}\nempathylint_test.fix = {fix}\n"));
        test.NumberOfFixAllIterations = fixedIterations;
        await test.RunAsync();
    }

    [Fact]
    public Task EL1003_adds_PreferNotToSay_to_the_enum() => Verify("EL1003", FixKinds.AddPreferNotToSay,
        "namespace App;\n\npublic enum {|EL1003:Religion|}\n{\n    Christian,\n    Muslim,\n    None\n}\n",
        "namespace App;\n\npublic enum Religion\n{\n    Christian,\n    Muslim,\n    None,\n    PreferNotToSay\n}\n");

    [Fact]
    public Task EL1003_keeps_a_trailing_comma() => Verify("EL1003", FixKinds.AddPreferNotToSay,
        "public enum {|EL1003:Gender|}\n{\n    Woman,\n    Man,\n    NonBinary,\n}\n",
        "public enum Gender\n{\n    Woman,\n    Man,\n    NonBinary,\n    PreferNotToSay,\n}\n");

    [Fact]
    public Task EL1001_adds_the_three_inclusive_members() => Verify("EL1001", FixKinds.AddInclusiveGenderMembers,
        "namespace SampleApp.Models;\n\npublic enum {|EL1001:Gender|}\n{\n    Male,\n    Female\n}\n",
        "namespace SampleApp.Models;\n\npublic enum Gender\n{\n    Male,\n    Female,\n    NonBinary,\n    SelfDescribe,\n    PreferNotToSay\n}\n");

    [Fact]
    public Task EL1001_on_one_line_keeps_one_line_and_puts_new_answers_before_PreferNotToSay() => Verify("EL1001", FixKinds.AddInclusiveGenderMembers,
        "public enum {|EL1001:Gender|} { Male, Female, PreferNotToSay }\n",
        "public enum Gender { Male, Female, NonBinary, SelfDescribe, PreferNotToSay }\n");

    [Fact]
    public Task EL1001_with_explicit_values_appends_the_next_values() => Verify("EL1001", FixKinds.AddInclusiveGenderMembers,
        "public enum {|EL1001:Gender|}\n{\n    Male = 1,\n    Female = 2\n}\n",
        "public enum Gender\n{\n    Male = 1,\n    Female = 2,\n    NonBinary = 3,\n    SelfDescribe = 4,\n    PreferNotToSay = 5\n}\n");

    [Fact]
    public Task EL2001_adds_Mx_before_Other() => Verify("EL2001", FixKinds.AddMx,
        "public enum {|EL2001:Title|}\n{\n    Mr,\n    Mrs,\n    Ms,\n    Miss,\n    Other\n}\n",
        "public enum Title\n{\n    Mr,\n    Mrs,\n    Ms,\n    Miss,\n    Mx,\n    Other\n}\n");

    [Fact]
    public Task EL2001_appends_Mx() => Verify("EL2001", FixKinds.AddMx,
        "public enum {|EL2001:Title|} { Mr, Mrs, Ms, Miss }\n",
        "public enum Title { Mr, Mrs, Ms, Miss, Mx }\n");

    [Theory]
    [InlineData("EL1004")]
    [InlineData("EL2002")]
    [InlineData("EL2013")]
    [InlineData("EL2014")]
    [InlineData("EL3007")]
    public Task Removes_a_Required_attribute_on_its_own_line(string id) => Verify(id, FixKinds.RemoveRequired,
        "using System.ComponentModel.DataAnnotations;\n\npublic class InputModel\n{\n    /// <summary>Optional.</summary>\n    [{|" + id + ":Required|}]\n    [Display(Name = \"Gender\")]\n    public string? Gender { get; set; }\n}\n",
        "using System.ComponentModel.DataAnnotations;\n\npublic class InputModel\n{\n    /// <summary>Optional.</summary>\n    [Display(Name = \"Gender\")]\n    public string? Gender { get; set; }\n}\n");

    [Fact]
    public Task Removes_Required_first_in_a_list_and_keeps_the_others() => Verify("EL2013", FixKinds.RemoveRequired,
        "using System.ComponentModel.DataAnnotations;\n\npublic class InputModel\n{\n    [{|EL2013:Required(ErrorMessage = \"Enter your last name\")|}, StringLength(100)]\n    public string LastName { get; set; } = \"\";\n}\n",
        "using System.ComponentModel.DataAnnotations;\n\npublic class InputModel\n{\n    [StringLength(100)]\n    public string LastName { get; set; } = \"\";\n}\n");

    [Fact]
    public Task Removes_Required_last_in_a_list_and_keeps_the_others() => Verify("EL3007", FixKinds.RemoveRequired,
        "using System.ComponentModel.DataAnnotations;\n\npublic class Patient\n{\n    [Display(Name = \"SSN\"), {|EL3007:System.ComponentModel.DataAnnotations.Required|}]\n    public string? SocialSecurityNumber { get; set; }\n}\n",
        "using System.ComponentModel.DataAnnotations;\n\npublic class Patient\n{\n    [Display(Name = \"SSN\")]\n    public string? SocialSecurityNumber { get; set; }\n}\n");

    [Fact]
    public Task Removes_Required_on_the_same_line_as_the_member() => Verify("EL1004", FixKinds.RemoveRequired,
        "using System.ComponentModel.DataAnnotations;\n\npublic class SignUpModel\n{\n    [{|EL1004:Required|}] public string? Gender { get; set; }\n}\n",
        "using System.ComponentModel.DataAnnotations;\n\npublic class SignUpModel\n{\n    public string? Gender { get; set; }\n}\n");

    [Fact]
    public async Task No_fix_when_the_rule_names_another_fix()
    {
        var test = new CSharpCodeFixTest<ContractAnalyzer, EmpathyLintCodeFixProvider, DefaultVerifier>
        {
            TestCode = "public enum {|EL1003:Religion|} { Christian, Muslim }\n",
            FixedCode = "public enum {|EL1003:Religion|} { Christian, Muslim }\n",
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Runtime);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nempathylint_test.rule = EL1003\nempathylint_test.fix = something-else\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_fix_for_a_flags_enum()
    {
        var test = new CSharpCodeFixTest<ContractAnalyzer, EmpathyLintCodeFixProvider, DefaultVerifier>
        {
            TestCode = "[System.Flags]\npublic enum {|EL1003:Religion|} { Christian = 1, Muslim = 2 }\n",
            FixedCode = "[System.Flags]\npublic enum {|EL1003:Religion|} { Christian = 1, Muslim = 2 }\n",
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Runtime);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nempathylint_test.rule = EL1003\nempathylint_test.fix = add-prefer-not-to-say\n"));
        await test.RunAsync();
    }

    /// <summary>The member whose presence settles the finding, as for the real rules.</summary>
    private static string Answer(string fix) => fix switch
    {
        FixKinds.AddMx => "Mx",
        FixKinds.AddInclusiveGenderMembers => "NonBinary",
        _ => "PreferNotToSay",
    };

    /// <summary>
    /// Reports the configured rule id where the C# rules report it: at an enum's identifier for enum fixes,
    /// at each [Required] attribute for the requiredness rules, with the fix property set as the rule sets it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ContractAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] Ids = { "EL1001", "EL1003", "EL1004", "EL2001", "EL2002", "EL2013", "EL2014", "EL3007" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Ids
            .Select(id => new DiagnosticDescriptor(id, id, "{0}", "test", DiagnosticSeverity.Warning, isEnabledByDefault: true))
            .ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(c =>
            {
                var options = c.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
                if (!options.TryGetValue("empathylint_test.rule", out var id) || !options.TryGetValue("empathylint_test.fix", out var fix)) return;
                var descriptor = SupportedDiagnostics.First(d => d.Id == id);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(FixKinds.PropertyName, fix);
                var root = c.Tree.GetRoot(c.CancellationToken);
                var removesRequired = fix == FixKinds.RemoveRequired;
                foreach (var node in root.DescendantNodes())
                {
                    if (!removesRequired && node is EnumDeclarationSyntax e && !e.Members.Any(m => m.Identifier.ValueText == Answer(fix)))
                        c.ReportDiagnostic(Diagnostic.Create(descriptor, e.Identifier.GetLocation(), properties, "finding"));
                    if (removesRequired && node is AttributeSyntax a && a.Name.ToString().EndsWith("Required", StringComparison.Ordinal))
                        c.ReportDiagnostic(Diagnostic.Create(descriptor, a.GetLocation(), properties, "finding"));
                }
            });
        }
    }
}
