using EmpathyLint.Personas;
using EmpathyLint.Tests.Support;
using EmpathyLint.Vocabularies;

namespace EmpathyLint.Tests.Personas;

/// <summary>Each outcome (blocked, misrepresented, exposed, fine) with the question that causes it and one that does not.</summary>
public class PersonaWalkerTests
{
    private static PersonaOutcome Walk(string personaId, string html)
    {
        var questions = PersonaQuestion.FromDocument(Lint.Extract(html), Vocabulary.Default);
        var question = Assert.Single(questions);
        return PersonaWalker.Judge(PersonaSet.Default.Find(personaId)!, question);
    }

    private static string Outcome(string personaId, string html) => PersonaOutcome.Word(Walk(personaId, html).Kind);

    private const string AsciiGivenName = """<form><label for="g">First name</label><input id="g" name="firstName" autocomplete="given-name" pattern="[A-Za-z]+" required></form>""";
    private const string AnyGivenName = """<form><label for="g">First name</label><input id="g" name="firstName" autocomplete="given-name" pattern="[^0-9]+" required></form>""";

    [Theory]
    [InlineData("apostrophe-hyphen-diacritics")]
    [InlineData("chinese-script")]
    [InlineData("arabic-script")]
    public void Ascii_name_pattern_blocks_people_whose_names_it_rejects(string persona) =>
        Assert.Equal("blocked", Outcome(persona, AsciiGivenName));

    [Fact]
    public void Ascii_name_pattern_is_fine_for_a_name_it_accepts_and_a_digit_ban_for_everyone()
    {
        Assert.Equal("fine", Outcome("non-binary", AsciiGivenName));
        Assert.Equal("fine", Outcome("chinese-script", AnyGivenName));
        Assert.Equal("'First name' has a pattern that rejects 'Siobhán'", Walk("apostrophe-hyphen-diacritics", AsciiGivenName).Reason);
    }

    [Fact]
    public void Required_family_name_blocks_a_person_with_one_name_only()
    {
        const string required = """<form><label for="f">Last name</label><input id="f" name="lastName" autocomplete="family-name" required></form>""";
        const string optional = """<form><label for="f">Last name (if you have one)</label><input id="f" name="lastName" autocomplete="family-name"></form>""";
        Assert.Equal("blocked", Outcome("mononym", required));
        Assert.Equal("blocked", Outcome("arabic-script", required));
        Assert.Equal("fine", Outcome("mononym", optional));
        Assert.Equal("fine", Outcome("no-title", required));
    }

    [Fact]
    public void Short_maximum_length_blocks_a_long_name()
    {
        const string short35 = """<form><label for="n">Full name</label><input id="n" name="fullName" autocomplete="name" maxlength="35"></form>""";
        const string roomy = """<form><label for="n">Full name</label><input id="n" name="fullName" autocomplete="name" maxlength="300"></form>""";
        Assert.Equal("'Full name' takes 35 characters; 'Wolfgang Maximilian Hohenzollern-Sigmaringen' has 44", Walk("long-name", short35).Reason);
        Assert.Equal("blocked", Outcome("long-name", short35));
        Assert.Equal("fine", Outcome("long-name", roomy));
        // Length counts what the person sees: 李小龙 is three characters, not bytes.
        Assert.Equal("fine", Outcome("chinese-script", """<form><label for="n">Full name</label><input id="n" name="fullName" autocomplete="name" maxlength="3"></form>"""));
    }

    private const string BinaryGender = """<form><label for="s">Gender</label><select id="s" name="gender" required><option value="">Choose</option><option>Male</option><option>Female</option></select></form>""";
    private const string InclusiveGender = """<form><label for="s">Gender</label><select id="s" name="gender" required><option value="">Choose</option><option>Woman</option><option>Man</option><option>Non-binary</option><option>Prefer not to say</option></select></form>""";

    [Fact]
    public void Binary_required_gender_misrepresents_a_non_binary_person_and_exposes_one_who_withholds_it()
    {
        Assert.Equal("misrepresented", Outcome("non-binary", BinaryGender));
        Assert.Equal("exposed", Outcome("prefers-not-to-disclose", BinaryGender));
        Assert.Equal("fine", Outcome("trans-man", BinaryGender));
    }

    [Fact]
    public void Inclusive_gender_question_is_fine_for_everyone()
    {
        foreach (var persona in PersonaSet.Default.People) Assert.Equal("fine", Outcome(persona.Id, InclusiveGender));
    }

    [Fact]
    public void Select_without_an_empty_choice_forces_an_answer_even_when_not_required()
    {
        const string forced = """<form><label for="s">Gender</label><select id="s" name="gender"><option>Male</option><option>Female</option></select></form>""";
        const string skippable = """<form><label for="s">Gender</label><select id="s" name="gender"><option value="">Choose</option><option>Male</option><option>Female</option></select></form>""";
        Assert.Equal("misrepresented", Outcome("non-binary", forced));
        Assert.Equal("fine", Outcome("non-binary", skippable));
    }

    [Fact]
    public void Title_list_without_mx_or_no_title_misrepresents_those_who_use_them()
    {
        const string titles = """<form><label for="t">Title</label><select id="t" name="title" required><option>Mr</option><option>Mrs</option><option>Ms</option></select><label for="n">Name</label><input id="n" name="name" autocomplete="name"></form>""";
        var questions = PersonaQuestion.FromDocument(Lint.Extract(titles), Vocabulary.Default);
        var title = questions.First(q => q.Concept == "title");
        Assert.Equal(OutcomeKind.Misrepresented, PersonaWalker.Judge(PersonaSet.Default.Find("non-binary")!, title).Kind);
        Assert.Equal(OutcomeKind.Misrepresented, PersonaWalker.Judge(PersonaSet.Default.Find("no-title")!, title).Kind);
        Assert.Equal(OutcomeKind.Fine, PersonaWalker.Judge(PersonaSet.Default.Find("trans-man")!, title).Kind);
    }

    [Fact]
    public void Required_national_id_blocks_a_newcomer_unless_optional()
    {
        const string required = """<form><label for="i">National Insurance number</label><input id="i" name="ni" required></form>""";
        const string optional = """<form><label for="i">National Insurance number</label><input id="i" name="ni"></form>""";
        Assert.Equal("blocked", Outcome("newcomer", required));
        Assert.Equal("fine", Outcome("newcomer", optional));
        Assert.Equal("fine", Outcome("non-binary", required));
    }

    [Fact]
    public void Required_birth_date_exposes_a_teenager_unless_a_purpose_is_stated()
    {
        const string bare = """<form><label for="d">Date of birth</label><input type="date" id="d" name="dob" autocomplete="bday" required></form>""";
        const string explained = """<form><label for="d">Date of birth</label><input type="date" id="d" name="dob" autocomplete="bday" required data-purpose="Age check required by law for this product"></form>""";
        Assert.Equal("exposed", Outcome("seventeen", bare));
        Assert.Equal("fine", Outcome("seventeen", explained));
        Assert.Equal("fine", Outcome("long-name", bare));
    }

    [Fact]
    public void Required_religion_with_prefer_not_to_say_is_fine_for_a_person_who_withholds_it()
    {
        const string closed = """<form><label for="r">Religion</label><select id="r" name="religion" required><option value="">Choose</option><option>Christian</option><option>Muslim</option></select></form>""";
        const string declinable = """<form><label for="r">Religion</label><select id="r" name="religion" required><option value="">Choose</option><option>Christian</option><option>Muslim</option><option>Prefer not to say</option></select></form>""";
        Assert.Equal("exposed", Outcome("prefers-not-to-disclose", closed));
        Assert.Equal("fine", Outcome("prefers-not-to-disclose", declinable));
    }

    [Fact]
    public void Questions_not_about_people_are_not_walked()
    {
        const string pet = """<form><label for="p">Your pet's name</label><input id="p" name="petName" pattern="[A-Za-z]+" required></form>""";
        Assert.Empty(PersonaQuestion.FromDocument(Lint.Extract(pet), Vocabulary.Default));
    }
}
