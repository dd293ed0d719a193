namespace SampleApp.Models;

/// <summary>Salutation used on letters and in the customer-service screen.</summary>
public enum Title
{
    Mr,
    Mrs,
    Ms,
    Miss,
}
