using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleApp.Models;

namespace SampleApp.Pages.Account;

public sealed class ProfileModel(ILogger<ProfileModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
        // A real app would load the HR record here.
        Input = new InputModel { FullName = User.Identity?.Name, ShopFor = Department.Women };
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        logger.LogInformation("Profile change submitted for approval");
        return RedirectToPage("/Index");
    }

    public sealed class InputModel
    {
        public string? FullName { get; set; }

        public string? Gender { get; set; }

        public string? Pronouns { get; set; }

        public string? LineManager { get; set; }

        public string? SexOrGender { get; set; }

        public string? NationalInsuranceNumber { get; set; }

        public string? MaritalStatus { get; set; }

        public string? Religion { get; set; }

        public string? Ethnicity { get; set; }

        public string? MothersName { get; set; }

        public Department? ShopFor { get; set; }
    }
}
