using System.Collections.Generic;

namespace EmpathyLint.Journeys;

/// <summary>An ordered path through a service (sign-up → profile → checkout), declared under <c>journeys:</c>.</summary>
public sealed class Journey
{
    public Journey(string name)
    {
        Name = name;
    }

    public string Name { get; }
    public List<JourneyStep> Steps { get; } = new();

    /// <summary>The folder step paths are relative to (the config file's folder); null means as given.</summary>
    public string? BaseDirectory { get; set; }
}

/// <summary>One step: a file, a glob (<c>Pages/Checkout/*.cshtml</c>) or a Razor route (<c>/account/register</c>).</summary>
public sealed class JourneyStep
{
    public JourneyStep(string target, int line)
    {
        Target = target;
        Line = line;
    }

    public string Target { get; }

    /// <summary>The line of the config the step is written on, for messages.</summary>
    public int Line { get; }

    /// <summary>A route starts with '/': it names the page that answers it, not a file.</summary>
    public bool IsRoute => Target.StartsWith("/", System.StringComparison.Ordinal);
}
