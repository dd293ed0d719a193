using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2015Tests
{
    [Fact]
    public void Maiden_name_label_is_reported_at_the_field()
    {
        var findings = Lint.Html("""
            <form>
              <label for="m">Maiden name (if applicable)</label>
              <input id="m" name="maidenName">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2015"));
        Assert.Equal((3, 3), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Equal("'Maiden name (if applicable)' asks for a 'maiden name': ask for any previous names instead, which covers everyone who has changed their name", finding.Message);
    }

    [Theory]
    [InlineData("Nom de jeune fille")]
    [InlineData("Geburtsname")]
    [InlineData("Apellido de soltera")]
    [InlineData("Née")]
    public void Other_languages_are_reported(string label)
    {
        Assert.Single(Lint.Html($"""<label>{label} <input name="q"></label>""").Of("EL2015"));
    }

    [Fact]
    public void Member_name_alone_is_enough()
    {
        var findings = Lint.CSharp("""
            public class InputModel
            {
                public string MaidenName { get; set; }
                public string PreviousNames { get; set; }
            }

            public class InputModelValidator : AbstractValidator<InputModel>
            {
                public InputModelValidator()
                {
                    RuleFor(x => x.MaidenName).MaximumLength(100);
                }
            }
            """);
        // The validator constrains the member the model asks: reported once, at the model.
        Assert.Equal(new[] { "3:19" }, findings.At("EL2015"));
    }

    [Theory]
    [InlineData("""<label>Previous names <input name="previousNames"></label>""")]
    [InlineData("""<label>Security question: your mother's maiden name <input name="securityAnswer"></label>""")]
    [InlineData("""<label>Mother's maiden name <input name="mothersMaidenName"></label>""")]
    [InlineData("""<label>Your dog's kennel name <input name="kennelName"></label>""")]
    public void Previous_names_security_questions_and_animals_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2015"));
    }

    [Fact]
    public void Security_question_select_with_maiden_name_option_is_not_reported()
    {
        var findings = Lint.Html("""
            <label>Security question <select name="securityQuestion">
              <option>What is your mother's maiden name?</option>
              <option>What was the name of your first pet?</option>
            </select></label>
            """);
        Assert.Empty(findings.Of("EL2015"));
    }
}
