using EmpathyLint.Configuration;
using EmpathyLint.Extraction;
using EmpathyLint.Extraction.Razor;
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
                new HtmlExtractor(configuration.Components).Extract(document, document.Text);
                break;
            case DocumentKind.Razor:
                // Markup through the HTML extractor on a same-length projection; C# facts from the project.
                // The projection's CodeBlocks (@code/@functions) hold the component's own C# members.
                new RazorExtractor(configuration.Components).Extract(document, project);
                break;
            case DocumentKind.CSharp:
                break;
        }
    }
}
