using EmpathyLint.Catalog;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Analyzers.Tests;

public class DescriptorTests
{
    [Fact]
    public void Every_catalog_rule_has_a_descriptor_built_from_it()
    {
        var descriptors = EmpathyLintDescriptors.All.ToDictionary(d => d.Id);
        Assert.Equal(RuleCatalog.Default.Rules.Select(r => r.Id).OrderBy(i => i), descriptors.Keys.OrderBy(i => i));
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var d = descriptors[rule.Id];
            Assert.Equal(rule.Title, d.Title.ToString());
            Assert.Equal("{0}", d.MessageFormat.ToString());
            Assert.Equal(rule.Category, d.Category);
            Assert.Equal(rule.HelpUri, d.HelpLinkUri);
            Assert.Equal(rule.DefaultSeverity != Severity.Off, d.IsEnabledByDefault);
            if (rule.DefaultSeverity != Severity.Off) Assert.Equal(EmpathyLintDescriptors.ToDiagnosticSeverity(rule.DefaultSeverity), d.DefaultSeverity);
        }
    }

    [Fact]
    public void An_off_by_default_rule_is_disabled_but_reports_through_an_enabled_twin()
    {
        var rule = new RuleDescriptor { Id = "EL9999", Title = "t", Message = "m", Category = "names", DefaultSeverity = Severity.Off };
        var descriptor = EmpathyLintDescriptors.Create(rule);
        Assert.False(descriptor.IsEnabledByDefault);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
    }
}
