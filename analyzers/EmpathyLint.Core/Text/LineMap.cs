using System;
using System.Collections.Generic;

namespace EmpathyLint.Text;

/// <summary>Maps offsets in a document to 1-based line and column numbers (UTF-16 columns, as compilers report them).</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

    public LinePosition PositionOf(int offset)
    {
        if (offset < 0) offset = 0;
        if (offset > _length) offset = _length;
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    public SourceSpan Span(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > _length) start = _length;
        if (length < 0) length = 0;
        if (start + length > _length) length = _length - start;
        var begin = PositionOf(start);
        var end = PositionOf(start + length);
        return new SourceSpan(start, length, begin.Line, begin.Column, end.Line, end.Column);
    }
}

public readonly struct LinePosition
{
    public LinePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }
    public int Column { get; }
}
