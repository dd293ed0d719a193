using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleApp.Pages.Checkout;

public sealed class AddressModel : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost() => RedirectToPage("/Index");
}
