using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL3003Tests
{
    [Fact]
    public void Date_of_birth_is_a_review_finding_at_the_field()
    {
        var findings = Lint.Html("""
            <form>
              <label for="dob">Date of birth</label>
              <input type="date" id="dob" name="dateOfBirth" autocomplete="bday">
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL3003"));
        Assert.Equal((3, 3), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.True(finding.NeedsReview);
        Assert.StartsWith("Review: 'Date of birth' asks for a full date of birth.", finding.Message);
        Assert.Contains("Are you 18 or over?", finding.Message);
    }

    [Fact]
    public void A_day_month_year_date_input_is_one_finding_at_the_day()
    {
        var findings = Lint.Html("""
            <fieldset>
              <legend>What is your date of birth?</legend>
              <label for="dob-day">Day</label><input id="dob-day" name="dob-day" inputmode="numeric">
              <label for="dob-month">Month</label><input id="dob-month" name="dob-month" inputmode="numeric">
              <label for="dob-year">Year</label><input id="dob-year" name="dob-year" inputmode="numeric">
            </fieldset>
            """);
        Assert.Equal(new[] { "3:35" }, findings.At("EL3003"));
    }

    [Theory]
    [InlineData("Geburtsdatum", "geburtsdatum")]
    [InlineData("Date de naissance", "naissance")]
    [InlineData("Data di nascita", "nascita")]
    [InlineData("Geboortedatum", "geboortedatum")]
    public void Other_languages_are_reported(string label, string name)
    {
        var findings = Lint.Html($"""
            <label for="d">{label}</label>
            <input type="date" id="d" name="{name}">
            """);
        Assert.Equal(new[] { "2:1" }, findings.At("EL3003"));
    }

    [Fact]
    public void Blazor_input_date_is_reported()
    {
        var findings = Lint.Razor("""
            <EditForm Model="model">
              <label for="dob">Date of birth</label>
              <InputDate id="dob" @bind-Value="model.DateOfBirth" />
            </EditForm>
            """);
        Assert.Equal(new[] { "3:3" }, findings.At("EL3003"));
    }

    [Theory]
    [InlineData("""<fieldset><legend>Are you 18 or over?</legend><label><input type="radio" name="adult" value="y"> Yes</label><label><input type="radio" name="adult" value="n"> No</label></fieldset>""")]
    [InlineData("""<label for="a">Age range</label><select id="a" name="ageRange"><option>18-24</option><option>25-34</option></select>""")]
    [InlineData("""<label for="y">Year of birth</label><input id="y" name="birthYear" autocomplete="bday-year">""")]
    [InlineData("""<label for="y">Year</label><input id="y" name="dobYear">""")]
    [InlineData("""<label for="d">Date of birth</label><input type="date" id="d" name="dob" data-purpose="Clinical: identifies your record">""")]
    [InlineData("""<label for="p">Pet's date of birth</label><input type="date" id="p" name="petDateOfBirth">""")]
    public void Age_questions_a_year_alone_declared_purposes_and_animals_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL3003"));
    }

    [Fact]
    public void CSharp_date_of_birth_is_reported_unless_a_purpose_is_declared_or_it_is_an_animal()
    {
        var findings = Lint.CSharp("""
            public class CustomerForm
            {
                public DateTime DateOfBirth { get; set; }
            }

            public class PatientForm
            {
                [CollectionPurpose("Clinical: dosage depends on age")]
                public DateOnly DateOfBirth { get; set; }
            }

            public class Pet
            {
                public DateTime DateOfBirth { get; set; }
            }
            """);
        Assert.Equal(new[] { "3:21" }, findings.At("EL3003"));
        Assert.True(findings.Of("EL3003")[0].NeedsReview);
    }
}
