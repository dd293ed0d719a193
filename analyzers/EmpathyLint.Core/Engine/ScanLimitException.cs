using System;

namespace EmpathyLint.Engine;

/// <summary>
/// Thrown by an extractor when a file goes beyond what a hand-written form can be (nesting thousands of
/// elements deep). The engine reports its message as the EL0001 reason, without an exception type.
/// </summary>
public sealed class ScanLimitException : Exception
{
    public ScanLimitException(string message)
        : base(message)
    {
    }
}
