using System;

namespace EmpathyLint.Text;

/// <summary>An exact region of the original file: 0-based offset and length, 1-based line/column at both ends (end is exclusive).</summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>, IComparable<SourceSpan>
{
    public SourceSpan(int start, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        Start = start;
        Length = length;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public int StartLine { get; }
    public int StartColumn { get; }
    public int EndLine { get; }
    public int EndColumn { get; }

    public bool IsEmpty => Length == 0 && StartLine == 0;

    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    public int CompareTo(SourceSpan other)
    {
        var c = StartLine.CompareTo(other.StartLine);
        if (c != 0) return c;
        c = StartColumn.CompareTo(other.StartColumn);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length && StartLine == other.StartLine;
    public override bool Equals(object? obj) => obj is SourceSpan s && Equals(s);
    public override int GetHashCode() => (Start * 397) ^ Length;

    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
    public override string ToString() => $"({StartLine},{StartColumn})-({EndLine},{EndColumn})";
}
