using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EmpathyLint.Yaml;

/// <summary>
/// Reads YAML through YamlDotNet's node model (no reflection, so it stays trimming/AOT friendly)
/// and turns every problem into a <see cref="YamlProblem"/> that names the file, line and column.
/// </summary>
public static class YamlDoc
{
    /// <summary>Mappings and sequences nested deeper than this are refused: no config needs it, and the node model recurses.</summary>
    public const int MaxDepth = 64;

    public static YamlNode? Parse(string text, string path)
    {
        CheckShape(text, path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new YamlProblem(path, (int)ex.Start.Line, (int)ex.Start.Column, "invalid YAML: " + CleanMessage(ex));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new YamlProblem(path, 1, 1, "invalid YAML: " + ex.Message);
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>
    /// One pass over the parser's events (iterative, no node tree yet): refuses nesting past <see cref="MaxDepth"/>
    /// and a second document, which the loader would otherwise ignore without a word.
    /// </summary>
    private static void CheckShape(string text, string path)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            throw new YamlProblem(path, (int)start.Start.Line, (int)start.Start.Column, "a config is one YAML document; this second document (after '---') would be ignored: merge it into the first or move it to a file named in 'extends'");
                        }
                        break;
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        depth++;
                        if (depth > MaxDepth)
                        {
                            var at = parser.Current!.Start;
                            throw new YamlProblem(path, (int)at.Line, (int)at.Column, $"mappings and lists nest deeper than {MaxDepth} levels here; a config never needs this, flatten it");
                        }
                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            throw new YamlProblem(path, (int)ex.Start.Line, (int)ex.Start.Column, "invalid YAML: " + CleanMessage(ex));
        }
    }

    private static string CleanMessage(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(close + 3) : message;
    }

    public static YamlMappingNode Mapping(YamlNode? node, string path, string what)
    {
        if (node is YamlMappingNode map) return map;
        throw Problem(node, path, $"{what} must be a mapping");
    }

    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        foreach (var entry in map.Children)
        {
            if (entry.Key is YamlScalarNode k && k.Value == key) return entry.Value;
        }
        return null;
    }

    public static string? String(YamlMappingNode map, string key, string path)
    {
        var node = Child(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s) return s.Value;
        throw Problem(node, path, $"'{key}' must be a text value");
    }

    public static string RequiredString(YamlMappingNode map, string key, string path, string what)
    {
        var value = String(map, key, path);
        if (string.IsNullOrWhiteSpace(value)) throw Problem(map, path, $"{what} needs '{key}'");
        return value!;
    }

    public static bool? Bool(YamlMappingNode map, string key, string path)
    {
        var node = Child(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s && bool.TryParse(s.Value, out var b)) return b;
        throw Problem(node, path, $"'{key}' must be true or false");
    }

    public static int? Int(YamlNode node, string path, string what)
    {
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) return i;
        throw Problem(node, path, $"{what} must be a whole number");
    }

    /// <summary>A list of strings; a single scalar counts as a one-item list.</summary>
    public static List<string> Strings(YamlNode? node, string path, string what)
    {
        var list = new List<string>();
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode s when !string.IsNullOrEmpty(s.Value):
                list.Add(s.Value!);
                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode si && si.Value is not null) list.Add(si.Value);
                    else throw Problem(item, path, $"{what} must be a list of text values");
                }
                break;
            default:
                throw Problem(node, path, $"{what} must be a list of text values");
        }
        return list;
    }

    public static YamlProblem Problem(YamlNode? node, string path, string message)
    {
        var line = node is null ? 1 : (int)node.Start.Line;
        var column = node is null ? 1 : (int)node.Start.Column;
        return new YamlProblem(path, line, column, message);
    }
}

/// <summary>A data or configuration file that cannot be used, with the place and the reason.</summary>
public sealed class YamlProblem : Exception
{
    public YamlProblem(string path, int line, int column, string reason)
        : base($"{path}({line},{column}): {reason}")
    {
        Path = path;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }
    public string Reason { get; }
}
