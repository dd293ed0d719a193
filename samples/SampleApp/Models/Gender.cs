namespace SampleApp.Models;

/// <summary>Gender as stored by the legacy CRM (one character column, M or F).</summary>
public enum Gender
{
    Male,
    Female,
}
