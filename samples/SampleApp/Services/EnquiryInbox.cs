using System.Collections.Concurrent;
using SampleApp.Models;

namespace SampleApp.Services;

/// <summary>In-memory stand-in for the help-desk queue.</summary>
public sealed class EnquiryInbox
{
    private readonly ConcurrentQueue<Enquiry> _enquiries = new();

    public int Count => _enquiries.Count;

    public void Add(Enquiry enquiry) => _enquiries.Enqueue(enquiry);

    /// <summary>Greeting for the reply e-mail: the form of address if given, otherwise the full name.</summary>
    public static string Greeting(Enquiry enquiry) =>
        string.IsNullOrWhiteSpace(enquiry.FormOfAddress)
            ? $"Dear {enquiry.FullName}"
            : $"Dear {enquiry.FormOfAddress} {enquiry.FullName}";
}
