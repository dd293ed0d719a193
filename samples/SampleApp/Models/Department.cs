namespace SampleApp.Models;

/// <summary>Staff-shop department shown first on the landing page. A product filter, not a person's gender.</summary>
public enum Department
{
    Men,
    Women,
}
