using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Rules;

public class EL6002Tests
{
    private const string Prompt = "<form method=\"post\" action=\"/newsletter/subscribe\">\n  <label for=\"nl\">Email address</label>\n  <input id=\"nl\" name=\"email\" type=\"email\" autocomplete=\"email\" />\n</form>\n";

    [Fact]
    public void Newsletter_prompt_without_a_sign_in_guard_is_reported_at_the_email_field()
    {
        Assert.Equal(new[] { "3:3" }, Lint.Source(Prompt, "Pages/Shared/_Newsletter.cshtml").At("EL6002"));
    }

    [Theory]
    [InlineData("@if (!SignInManager.IsSignedIn(User))\n{\n", "}\n")]
    [InlineData("@if (User.Identity?.IsAuthenticated == true)\n{\n<p>Hello</p>\n}\nelse\n{\n", "}\n")]
    [InlineData("<AuthorizeView><NotAuthorized>\n", "</NotAuthorized></AuthorizeView>\n")]
    public void Guarded_prompts_are_not_reported(string before, string after)
    {
        Assert.Empty(Lint.Source(before + Prompt + after, "Pages/Shared/_Newsletter.cshtml").At("EL6002"));
    }

    [Fact]
    public void Authorized_page_asking_for_an_unbound_email_is_reported_and_a_bound_one_is_not()
    {
        const string unbound = "@page \"/profile\"\n@attribute [Authorize]\n<form method=\"post\">\n<label for=\"e\">Email</label>\n<input id=\"e\" name=\"email\" type=\"email\" />\n</form>\n";
        const string bound = "@page \"/profile\"\n@attribute [Authorize]\n<EditForm Model=\"profile\">\n<label for=\"e\">Email</label>\n<InputText id=\"e\" type=\"email\" @bind-Value=\"profile.Email\" />\n</EditForm>\n";
        Assert.Equal(new[] { "5:1" }, Lint.Source(unbound, "Profile.razor").At("EL6002"));
        Assert.Empty(Lint.Source(bound, "Profile.razor").At("EL6002"));
    }

    [Fact]
    public void A_contact_form_and_a_pet_form_are_not_prompts()
    {
        Assert.Empty(Lint.Source("<form action=\"/contact\"><label for=\"e\">Email</label><input id=\"e\" name=\"email\" type=\"email\"></form>", "Contact.cshtml").At("EL6002"));
        Assert.Empty(Lint.Source("<form action=\"/newsletter\"><label for=\"p\">Pet's name</label><input id=\"p\" name=\"petName\"></form>", "Pet.cshtml").At("EL6002"));
    }
}
