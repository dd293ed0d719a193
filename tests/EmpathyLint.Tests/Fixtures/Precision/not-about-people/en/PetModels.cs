using System;
using System.ComponentModel.DataAnnotations;

namespace Riverside.Vet.Models;

public enum PetSex
{
    Male,
    Female,
}

public enum PetSpecies
{
    Dog,
    Cat,
    Rabbit,
}

public sealed class PetRegistration
{
    [Required]
    [Display(Name = "Pet's name")]
    public string PetName { get; set; } = "";

    [Display(Name = "Pet's sex")]
    public PetSex PetSex { get; set; }

    public PetSpecies Species { get; set; }

    [Display(Name = "Pet's date of birth")]
    public DateOnly? PetDateOfBirth { get; set; }

    public bool IsPetNeutered { get; set; }
}
