using System;
using System.ComponentModel.DataAnnotations;

namespace Contoso.Hr.Models;

// expect: EL1001
public enum Gender
{
    Male,
    Female,
}

public sealed class EmployeeRecord
{
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    // expect: EL1004
    [Required]
    public Gender Gender { get; set; }

    [Display(Name = "National Insurance number")]
    // expect: EL3002
    public string? NationalInsuranceNumber { get; set; }
}

// HR staff enter the record through this action: that makes its members questions about a person.
public sealed class EmployeesController : Controller
{
    [HttpPost]
    public IActionResult Create(EmployeeRecord record) => RedirectToAction("Index");
}
