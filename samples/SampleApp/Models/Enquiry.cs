namespace SampleApp.Models;

/// <summary>A message sent through the contact form.</summary>
public sealed record Enquiry(
    string FullName,
    string? FormOfAddress,
    string? Pronouns,
    string Email,
    string? Gender,
    bool? IsAdult,
    string Message,
    DateTimeOffset ReceivedAt);
