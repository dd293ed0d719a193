using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using SampleApp.Models;

namespace SampleApp.Pages.Account;

public sealed class RegisterModel(ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Marketing can hide the optional block with <c>?showOptional=false</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ShowOptional { get; set; } = true;

    public List<SelectListItem> Countries { get; } =
    [
        new("United Kingdom", "GB"),
        new("Ireland", "IE"),
        new("France", "FR"),
        new("Germany", "DE"),
        new("Spain", "ES"),
        new("United States", "US"),
    ];

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The CRM needs a gender on every contact: fall back to the title when it is missing.
        var gender = Input.Gender ?? (Input.Title == Title.Mr ? Gender.Male : Gender.Female);
        logger.LogInformation("New account for {Email} (CRM gender {Gender})", Input.Email, gender);

        return RedirectToPage("/Index");
    }

    public sealed class InputModel
    {
        public Title? Title { get; set; }

        [Required(ErrorMessage = "Enter your first name")]
        [RegularExpression("^[a-zA-Z]+$", ErrorMessage = "First name must only contain letters")]
        [Display(Name = "First name")]
        public string? FirstName { get; set; }

        [Required(ErrorMessage = "Enter your last name")]
        [StringLength(20, MinimumLength = 2, ErrorMessage = "Last name must be between 2 and 20 characters")]
        [Display(Name = "Last name")]
        public string? LastName { get; set; }

        [Required(ErrorMessage = "Select your gender")]
        public Gender? Gender { get; set; }

        [Required, EmailAddress]
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        [Required, DataType(DataType.Password), MinLength(10)]
        public string? Password { get; set; }

        public string? Country { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Date of birth")]
        public DateTime? DateOfBirth { get; set; }

        [Display(Name = "Maiden name")]
        public string? MaidenName { get; set; }

        [Display(Name = "Security question")]
        public string? SecurityQuestion { get; set; }

        [Display(Name = "Answer")]
        public string? SecurityAnswer { get; set; }

        public bool AcceptTerms { get; set; }
    }
}
