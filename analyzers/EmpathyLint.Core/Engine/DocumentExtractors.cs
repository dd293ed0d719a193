using EmpathyLint.Configuration;
using EmpathyLint.Extraction;
using EmpathyLint.Extraction.CSharp;
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
                // Models declared in @code/@functions bodies are read by the C# extractor, spans kept in the original file.
                var projection = new RazorExtractor(configuration.Components).Extract(document, project);
                foreach (var block in projection.CodeBlocks) CSharpExtractor.ExtractCodeBlock(document, block.Start, block.Length);
                SignInGuards.Observe(document);
                break;
            case DocumentKind.CSharp:
                // Syntax only and without the project context, so the analyzer reads a file exactly as the CLI does.
                CSharpExtractor.Extract(document);
                break;
        }
    }
}
