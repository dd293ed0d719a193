using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Personas;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Journeys;

/// <summary>One step of a walked journey: the files it names and their questions about people.</summary>
public sealed class WalkedStep
{
    public WalkedStep(JourneyStep step, IReadOnlyList<string> paths, IReadOnlyList<PersonaQuestion> questions)
    {
        Step = step;
        Paths = paths;
        Questions = questions;
    }

    public JourneyStep Step { get; }
    public IReadOnlyList<string> Paths { get; }
    public IReadOnlyList<PersonaQuestion> Questions { get; }
}

/// <summary>A person at one step: the worst outcome among the step's questions, and the question that caused it.</summary>
public sealed class MatrixCell
{
    public MatrixCell(OutcomeKind kind, PersonaOutcome? worst, IReadOnlyList<PersonaOutcome> outcomes)
    {
        Kind = kind;
        Worst = worst;
        Outcomes = outcomes;
    }

    public OutcomeKind Kind { get; }

    /// <summary>The first question with the worst outcome, or null when the step asks nothing of the person.</summary>
    public PersonaOutcome? Worst { get; }
    public IReadOnlyList<PersonaOutcome> Outcomes { get; }
}

/// <summary>The persona × step matrix of one journey: where each person is first blocked.</summary>
public sealed class JourneyMatrix
{
    private JourneyMatrix(Journey journey, List<WalkedStep> steps)
    {
        Journey = journey;
        Steps = steps;
    }

    public Journey Journey { get; }
    public IReadOnlyList<WalkedStep> Steps { get; }
    public List<Persona> People { get; } = new();
    public Dictionary<string, List<MatrixCell>> Rows { get; } = new();

    /// <summary>The index of the first step that blocks the person, or null when they get through.</summary>
    public int? FirstBlocked(Persona persona)
    {
        var cells = Rows[persona.Id];
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Kind == OutcomeKind.Blocked) return i;
        }
        return null;
    }

    public static JourneyMatrix Build(Journey journey, IReadOnlyList<FormDocument> documents, IEnumerable<Persona> people, Vocabulary vocabulary)
    {
        var steps = new List<WalkedStep>();
        foreach (var step in journey.Steps)
        {
            var matched = JourneySteps.Resolve(step, journey.BaseDirectory, documents);
            var questions = matched.SelectMany(d => PersonaQuestion.FromDocument(d, vocabulary)).ToList();
            steps.Add(new WalkedStep(step, matched.Select(d => d.Path).ToList(), questions));
        }
        var matrix = new JourneyMatrix(journey, steps);
        foreach (var persona in people)
        {
            matrix.People.Add(persona);
            var cells = new List<MatrixCell>();
            foreach (var step in steps)
            {
                var outcomes = step.Questions.Select(q => PersonaWalker.Judge(persona, q)).ToList();
                var worst = outcomes.Count == 0 ? null : outcomes.OrderByDescending(o => o.Kind).First();
                cells.Add(new MatrixCell(worst?.Kind ?? OutcomeKind.Fine, worst, outcomes));
            }
            matrix.Rows[persona.Id] = cells;
        }
        return matrix;
    }
}
