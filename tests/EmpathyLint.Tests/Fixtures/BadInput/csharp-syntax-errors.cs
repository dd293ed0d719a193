namespace Broken.Models

public enum Gender
{
    Male,
    Female
    Unknown =
}

public class PersonForm
{
    [Required
    public Gender Gender { get; set }

    public string FirstName { get; set; = "";

    public void Save( { if (x > ) }
