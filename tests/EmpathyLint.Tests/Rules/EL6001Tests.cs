using EmpathyLint.Configuration;
using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL6001Tests
{
    private static List<string> Found(string code) =>
        JourneyExample.Lint(code, LintConfiguration.CreateDefault()).Where(f => f.RuleId == "EL6001").Select(f => $"{f.Path}:{f.Span.StartLine}").ToList();

    private const string Signup = "--- Register.cshtml\n<form><label for=\"e\">Email</label><input id=\"e\" name=\"email\" type=\"email\" autocomplete=\"email\"><label for=\"p\">Phone</label><input id=\"p\" name=\"phone\" type=\"tel\" autocomplete=\"tel\"></form>\n";

    [Fact]
    public void Email_asked_again_in_an_empty_field_at_a_later_step_is_reported_there()
    {
        var found = Found(Signup + "--- Checkout.cshtml\n<form>\n<label for=\"e2\">Email</label><input id=\"e2\" name=\"email\" type=\"email\" autocomplete=\"email\"></form>\n");
        Assert.Equal(new[] { "Checkout.cshtml:2" }, found);
        var message = JourneyExample.Lint(Signup + "--- Checkout.cshtml\n<form><label for=\"t\">Telephone</label><input id=\"t\" name=\"tel\" type=\"tel\" autocomplete=\"tel\"></form>\n", LintConfiguration.CreateDefault()).Single().Message;
        Assert.Equal("Review: 'Telephone' asks again for the phone that step 1 of the 'example' journey already asked (Register.cshtml:1): fill it in from what the person gave, or leave it out", message);
    }

    [Fact]
    public void Bound_fields_are_prefilled_and_not_reported()
    {
        Assert.Empty(Found(Signup + "--- Checkout.cshtml\n<form><label asp-for=\"Input.Email\">Email</label><input asp-for=\"Input.Email\" type=\"email\" autocomplete=\"email\"></form>\n"));
    }

    [Fact]
    public void A_journey_that_asks_nothing_twice_and_a_confirmation_within_one_step_are_not_reported()
    {
        Assert.Empty(Found(Signup + "--- Checkout.cshtml\n<form><label for=\"a\">Delivery address</label><textarea id=\"a\" name=\"address\" autocomplete=\"street-address\"></textarea></form>\n"));
        Assert.Empty(Found("--- Register.cshtml\n<form><label for=\"e\">Email</label><input id=\"e\" name=\"email\" type=\"email\"><label for=\"e2\">Confirm email</label><input id=\"e2\" name=\"confirmEmail\" type=\"email\"></form>\n"));
    }

    [Fact]
    public void Questions_not_about_people_are_not_reported()
    {
        Assert.Empty(Found("--- A.cshtml\n<form><label for=\"p\">Pet's name</label><input id=\"p\" name=\"petName\"></form>\n--- B.cshtml\n<form><label for=\"q\">Pet's name</label><input id=\"q\" name=\"petName\"></form>\n"));
    }
}
