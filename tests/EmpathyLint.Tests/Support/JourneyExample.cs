using EmpathyLint.Configuration;
using EmpathyLint.Engine;
using EmpathyLint.Journeys;
using EmpathyLint.Model;

namespace EmpathyLint.Tests.Support;

/// <summary>A multi-file example (catalog language "journey"): each "--- path" line starts a file, and the files in order are one journey's steps.</summary>
public static class JourneyExample
{
    public static List<FormDocument> Documents(string code, LintConfiguration configuration)
    {
        var engine = new LintEngine(configuration);
        var documents = new List<FormDocument>();
        string? path = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in code.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (path is not null) documents.Add(engine.Extract(path, text.ToString()));
                path = line.Substring(4).Trim();
                text.Clear();
                continue;
            }
            text.Append(line).Append('\n');
        }
        if (path is not null) documents.Add(engine.Extract(path, text.ToString()));
        return documents;
    }

    /// <summary>The journey rules' findings for the files taken as one journey, "example", in the order written.</summary>
    public static List<Finding> Lint(string code, LintConfiguration configuration)
    {
        var documents = Documents(code, configuration);
        var journey = new Journey("example");
        foreach (var document in documents) journey.Steps.Add(new JourneyStep(document.Path, 0));
        configuration.Journeys.Clear();
        configuration.Journeys.Add(journey);
        return JourneyLinter.Lint(documents, configuration);
    }
}
