using EmpathyLint.Rules;

namespace EmpathyLint.Analyzers.Tests.Support;

/// <summary>
/// A test rule that reports its id at every occurrence of a marker word in a C# document, so the analyzer's
/// C# path (locations, pragmas, [SuppressMessage], generated-code skipping) is tested independently of the C# rules.
/// </summary>
public sealed class MarkerRule : Rule
{
    private readonly string _marker;

    public MarkerRule(string id, string marker)
    {
        Id = id;
        _marker = marker;
    }

    public override string Id { get; }

    public override void Check(EmpathyLint.Model.Form form, RuleContext context)
    {
    }

    public override void CheckDocument(RuleContext context)
    {
        if (context.Document.Kind != EmpathyLint.Model.DocumentKind.CSharp) return;
        var text = context.Document.Text;
        for (var at = text.IndexOf(_marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(_marker, at + _marker.Length, StringComparison.Ordinal))
        {
            context.Report(null, context.Document.Span(at, _marker.Length), ("label", _marker), ("options", "a marker"));
        }
    }
}
