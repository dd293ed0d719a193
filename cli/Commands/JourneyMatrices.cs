using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmpathyLint.Configuration;
using EmpathyLint.Journeys;
using EmpathyLint.Model;
using EmpathyLint.Personas;

using System.CommandLine;
using EmpathyLint.Cli.CommandLine;

namespace EmpathyLint.Cli.Commands;

/// <summary>The matrices the personas and report commands show: each configured journey, or every form as its own step when none is.</summary>
public static class JourneyMatrices
{
    public const string AllFormsJourney = "all forms";

    public static List<JourneyMatrix> Build(ProjectDocuments project, LintConfiguration configuration)
    {
        var journeys = configuration.Journeys.Count > 0 ? configuration.Journeys : new List<Journey> { AllForms(project.Documents, configuration) };
        return journeys.Select(j => JourneyMatrix.Build(j, project.Documents, configuration.Personas.People, configuration.Vocabulary)).ToList();
    }

    /// <summary>Every markup file that asks people something, in path order; a stand-in until the project names its journeys.</summary>
    private static Journey AllForms(IEnumerable<FormDocument> documents, LintConfiguration configuration)
    {
        var journey = new Journey(AllFormsJourney);
        foreach (var document in documents)
        {
            if (document.Kind == DocumentKind.CSharp) continue;
            if (PersonaQuestion.FromDocument(document, configuration.Vocabulary).Count == 0) continue;
            journey.Steps.Add(new JourneyStep(document.Path, 0));
        }
        return journey;
    }

    /// <summary>Steps that name no scanned file: said out loud, never silently empty.</summary>
    public static IEnumerable<string> EmptySteps(JourneyMatrix matrix) =>
        matrix.Steps.Where(s => s.Paths.Count == 0).Select(s => $"journey '{matrix.Journey.Name}' step '{s.Step.Target}' (line {s.Step.Line}) names no scanned file");

    public static string ShortStep(WalkedStep step)
    {
        var target = step.Step.Target.Replace('\\', '/');
        var slash = target.LastIndexOf('/');
        var name = slash >= 0 && slash < target.Length - 1 ? target.Substring(slash + 1) : target;
        var dot = name.LastIndexOf('.');
        return step.Step.IsRoute ? target : dot > 0 ? name.Substring(0, dot) : name;
    }
}

public sealed class PersonasOptions
{
    public List<string> Paths { get; } = new();
    public string? ConfigPath { get; set; }
}

/// <summary><c>empathylint personas</c>: the persona × journey-step matrix in the terminal, with the question that blocks each person first.</summary>
public static class PersonasCommand
{
    public static int Run(PersonasOptions options, TextWriter output, TextWriter error)
    {
        if (!ConfigOption.TryLoad(options.ConfigPath, options.Paths[0], error, out var configuration)) return ExitCodes.Usage;
        var project = ProjectDocuments.Read(options.Paths, configuration);
        foreach (var finding in project.Unreadable) error.WriteLine(finding.ToString());
        var matrices = JourneyMatrices.Build(project, configuration);
        foreach (var matrix in matrices)
        {
            foreach (var problem in JourneyMatrices.EmptySteps(matrix)) error.WriteLine("empathylint: " + problem);
            Write(matrix, output);
        }
        return ExitCodes.Clean;
    }

    public static CliCommand Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to read (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var config = ConfigOption.Create();
        var command = new CliCommand("personas", "Walk each persona through the journeys: where each person is first blocked.") { paths, config };
        command.Examples.Add(("empathylint personas samples/SampleApp", "Walk each persona through the journeys: where each person is first blocked."));
        command.ExitCodes = "0 done, 2 usage or configuration error";
        command.SetAction(parse =>
        {
            var options = new PersonasOptions { ConfigPath = parse.GetValue(config) };
            options.Paths.AddRange(parse.GetValue(paths) ?? System.Array.Empty<string>());
            if (options.Paths.Count == 0) options.Paths.Add(".");
            return Run(options, context.Output, context.Error);
        });
        return command;
    }

    public static string Cell(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Blocked => "BLOCKED",
        OutcomeKind.Misrepresented => "misrep.",
        OutcomeKind.Exposed => "exposed",
        _ => "ok",
    };

    public static void Write(JourneyMatrix matrix, TextWriter output)
    {
        output.WriteLine($"Journey: {matrix.Journey.Name} ({matrix.Steps.Count} step{(matrix.Steps.Count == 1 ? "" : "s")})");
        for (var i = 0; i < matrix.Steps.Count; i++)
        {
            var step = matrix.Steps[i];
            var files = step.Paths.Count == 0 ? "no scanned file" : string.Join(", ", step.Paths);
            output.WriteLine($"  {i + 1}. {step.Step.Target} → {files}");
        }
        var nameWidth = System.Math.Max(8, matrix.People.Max(p => p.Name.Length)) + 2;
        var headers = matrix.Steps.Select((s, i) => $"{i + 1} {JourneyMatrices.ShortStep(s)}").ToList();
        var widths = headers.Select(h => System.Math.Max(h.Length, 7) + 2).ToList();
        output.Write("  " + "Person".PadRight(nameWidth));
        for (var i = 0; i < headers.Count; i++) output.Write(headers[i].PadRight(widths[i]));
        output.WriteLine("First blocked");
        var blockers = new List<string>();
        foreach (var persona in matrix.People)
        {
            var cells = matrix.Rows[persona.Id];
            output.Write("  " + persona.Name.PadRight(nameWidth));
            for (var i = 0; i < cells.Count; i++) output.Write(Cell(cells[i].Kind).PadRight(widths[i]));
            var first = matrix.FirstBlocked(persona);
            output.WriteLine(first is { } step ? $"step {step + 1}" : "—");
            if (first is { } index && cells[index].Worst is { } worst)
            {
                blockers.Add($"  {persona.Name}: {worst.Question.Path}({worst.Question.Line},{worst.Question.Column}): {worst.Reason}");
            }
        }
        if (blockers.Count > 0)
        {
            output.WriteLine("Where each person is first blocked:");
            foreach (var line in blockers) output.WriteLine(line);
        }
        output.WriteLine();
    }
}
