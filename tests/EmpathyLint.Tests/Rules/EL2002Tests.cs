using EmpathyLint.Model;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL2002Tests
{
    [Fact]
    public void Required_title_select_is_reported_at_the_required_attribute()
    {
        var findings = Lint.Html("""
            <form>
              <label for="t">Title</label>
              <select id="t" name="title" required>
                <option>Mr</option><option>Ms</option><option>Mx</option>
              </select>
            </form>
            """);
        var finding = Assert.Single(findings.Of("EL2002"));
        Assert.Equal((3, 31, 3, 39), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("'Title' is required: a title reveals gender and often marital status, so let people leave it out", finding.Message);
    }

    [Theory]
    [InlineData("""<label>Civilité <input name="civilite" required></label>""")]
    [InlineData("""<label>Anrede <input name="anrede" aria-required="true"></label>""")]
    [InlineData("""<label>Title <input name="t" autocomplete="honorific-prefix" required></label>""")]
    public void Required_free_text_honorifics_are_reported(string html)
    {
        Assert.Single(Lint.Html(html).Of("EL2002"));
    }

    [Fact]
    public void A_title_beside_name_fields_is_an_honorific()
    {
        var findings = Lint.Html("""
            <form>
              <label>Title <input name="title" required></label>
              <label>First name <input name="firstName"></label>
            </form>
            """);
        Assert.Equal(new[] { "2:36" }, findings.At("EL2002"));
    }

    [Fact]
    public void Required_title_member_of_a_person_model_is_reported_at_the_attribute()
    {
        var findings = Lint.CSharp("""
            public class PersonForm
            {
                [Required]
                public Title Title { get; set; }
                public string FirstName { get; set; }
            }

            public class PersonValidator : AbstractValidator<PersonForm>
            {
                public PersonValidator()
                {
                    RuleFor(x => x.Title).NotEmpty();
                }
            }
            """);
        Assert.Equal(new[] { "3:6", "12:31" }, findings.At("EL2002"));
    }

    [Theory]
    [InlineData("public class PersonForm { public Title? Title { get; set; } public string? FirstName { get; set; } }")]
    [InlineData("public class Book { [Required] public string? Title { get; set; } }")]
    [InlineData("public class Job { [Required] public string? JobTitle { get; set; } public string? FirstName { get; set; } }")]
    public void Optional_titles_and_book_and_job_titles_in_models_are_not_reported(string code)
    {
        Assert.Empty(Lint.CSharp(code).Of("EL2002"));
    }

    [Theory]
    [InlineData("""<form action="/products"><label>Title <input name="title" required></label><label>Price <input name="price" required></label></form>""")]
    [InlineData("""<label>Job title <input name="jobTitle" required></label>""")]
    [InlineData("""<label>Title <select name="book" required><option>The Hobbit</option><option>Beloved</option></select></label>""")]
    [InlineData("""<label>Title <select name="t"><option>Mr</option><option>Ms</option></select></label>""")]
    public void Product_job_and_book_titles_and_optional_titles_are_not_reported(string html)
    {
        Assert.Empty(Lint.Html(html).Of("EL2002"));
    }
}
