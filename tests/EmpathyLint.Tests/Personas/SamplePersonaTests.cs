using EmpathyLint.Cli.Commands;
using EmpathyLint.Configuration;
using EmpathyLint.Journeys;
using EmpathyLint.Personas;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Personas;

/// <summary>The sample's sign-up journey (samples/SampleApp/empathylint.yaml): where each person is first blocked, pinned.</summary>
public class SamplePersonaTests
{
    private static readonly Lazy<List<JourneyMatrix>> Matrices = new(() =>
    {
        var folder = RepoPaths.Combine("samples", "SampleApp");
        var loaded = EmpathyLint.Cli.Files.ConfigDiscovery.Load(Path.Combine(folder, "empathylint.yaml"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return JourneyMatrices.Build(ProjectDocuments.Read(new[] { folder }, loaded.Configuration), loaded.Configuration);
    });

    private static JourneyMatrix Signup => Matrices.Value.Single(m => m.Journey.Name == "signup");

    private static string Row(string personaId) =>
        string.Join(" ", Signup.Rows[personaId].Select(c => PersonaOutcome.Word(c.Kind)));

    [Theory]
    [InlineData("non-binary", "misrepresented fine fine")]
    [InlineData("trans-man", "fine fine fine")]
    [InlineData("mononym", "blocked fine fine")]
    [InlineData("apostrophe-hyphen-diacritics", "blocked fine fine")]
    [InlineData("chinese-script", "blocked fine fine")]
    [InlineData("arabic-script", "blocked fine fine")]
    [InlineData("no-title", "misrepresented fine fine")]
    [InlineData("prefers-not-to-disclose", "misrepresented fine fine")]
    [InlineData("seventeen", "fine fine exposed")]
    [InlineData("newcomer", "fine fine fine")]
    [InlineData("long-name", "blocked fine blocked")]
    public void Each_persona_meets_the_signup_journey_as_pinned(string personaId, string row) => Assert.Equal(row, Row(personaId));

    [Fact]
    public void Steps_resolve_files_and_routes()
    {
        Assert.Equal(new[] { "Register.cshtml", "Profile.cshtml", "Address.cshtml" }, Signup.Steps.Select(s => Path.GetFileName(Assert.Single(s.Paths))));
    }

    [Fact]
    public void The_blocking_question_is_named_with_its_place()
    {
        var mononym = Signup.People.Single(p => p.Id == "mononym");
        var cell = Signup.Rows["mononym"][Signup.FirstBlocked(mononym)!.Value];
        Assert.EndsWith("Pages/Account/Register.cshtml", cell.Worst!.Question.Path);
        Assert.Equal(34, cell.Worst.Question.Line);
        Assert.Equal("has no family name, and 'Last name' is required (required)", cell.Worst.Reason);
    }

    [Fact]
    public void The_inclusive_contact_form_shuts_nobody_out()
    {
        var contact = Matrices.Value.Single(m => m.Journey.Name == "contact");
        Assert.All(contact.People, p => Assert.Equal(OutcomeKind.Fine, contact.Rows[p.Id][0].Kind));
    }
}
