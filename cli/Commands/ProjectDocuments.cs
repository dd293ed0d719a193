using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Extraction.CSharp;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Commands;

/// <summary>The scanned files read into the form model (without judging them), for the views that look across files: personas, inventory, report.</summary>
public sealed class ProjectDocuments
{
    private ProjectDocuments(List<string> files, List<FormDocument> documents, List<Finding> unreadable)
    {
        Files = files;
        Documents = documents;
        Unreadable = unreadable;
    }

    public List<string> Files { get; }

    /// <summary>Every document read, in path order.</summary>
    public List<FormDocument> Documents { get; }

    /// <summary>EL0001 for each file that could not be read; no file is skipped in silence.</summary>
    public List<Finding> Unreadable { get; }

    public static ProjectDocuments Read(IReadOnlyList<string> paths, LintConfiguration configuration)
    {
        var files = ScanCommand.CollectFiles(paths, configuration);
        var sources = Scanning.Scanner.ReadSources(files.Select(Scanning.ScanInput.File).ToList());
        var trees = Scanning.Scanner.ParseCSharpSources(sources);
        var project = Scanning.Scanner.BuildProjectContext(sources, trees);
        Scanning.Scanner.AddResources(paths, project);
        var engine = new LintEngine(configuration, project);
        var documents = new FormDocument?[files.Count];
        var unreadable = new Finding?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var source = sources[i];
            if (source.Text is null)
            {
                unreadable[i] = engine.Unreadable(source.Display, "", source.Problem);
                return;
            }
            try
            {
                documents[i] = trees[i] is { } tree
                    ? engine.Extract(source.Display, source.Text, document => CSharpExtractor.Extract(document, tree))
                    : engine.Extract(source.Display, source.Text);
            }
            catch (System.Exception ex)
            {
                unreadable[i] = engine.Unreadable(source.Display, source.Text, "the file could not be parsed: " + ex.Message);
            }
        });
        return new ProjectDocuments(files,
            documents.Where(d => d is not null).Select(d => d!).ToList(),
            unreadable.Where(f => f is not null).Select(f => f!).ToList());
    }
}
