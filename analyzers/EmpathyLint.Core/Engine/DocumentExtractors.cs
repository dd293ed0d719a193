using EmpathyLint.Configuration;
using EmpathyLint.Extraction;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;

namespace EmpathyLint.Engine;

/// <summary>Chooses the extractor for a document's kind.</summary>
internal static class DocumentExtractors
{
    public static void Extract(FormDocument document, LintConfiguration configuration, ProjectContext project)
    {
        switch (document.Kind)
        {
            case DocumentKind.Html:
            case DocumentKind.Razor:
                new HtmlExtractor(configuration.Components).Extract(document, document.Text);
                break;
            case DocumentKind.CSharp:
                // Syntax only and without the project context, so the analyzer reads a file exactly as the CLI does.
                CSharpExtractor.Extract(document);
                break;
        }
    }
}
