using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleApp.Models;
using SampleApp.Services;

namespace SampleApp.Pages.Contact;

public sealed class InclusiveModel(EnquiryInbox inbox, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Free-text answer shown when "Prefer to self-describe" is chosen.</summary>
    [BindProperty(Name = "gender-self-describe")]
    public string? GenderSelfDescribe { get; set; }

    [TempData]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var gender = Input.Gender == "Self-describe" ? GenderSelfDescribe : Input.Gender;
        inbox.Add(new Enquiry(
            Input.FullName!,
            Input.FormOfAddress,
            Input.Pronouns,
            Input.Email!,
            gender,
            Input.IsAdult,
            Input.Message!,
            clock.GetUtcNow()));

        Sent = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your name")]
        [Display(Name = "Full name")]
        public string? FullName { get; set; }

        [Display(Name = "How should we address you?")]
        public string? FormOfAddress { get; set; }

        public string? Pronouns { get; set; }

        [Required(ErrorMessage = "Enter an email address so we can reply")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        public string? Gender { get; set; }

        public bool? IsAdult { get; set; }

        [Required(ErrorMessage = "Enter your message")]
        [Display(Name = "Your message")]
        public string? Message { get; set; }
    }
}
