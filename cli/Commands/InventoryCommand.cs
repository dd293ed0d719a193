using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EmpathyLint.Personas;

namespace EmpathyLint.Cli.Commands;

public sealed class InventoryOptions
{
    public List<string> Paths { get; } = new();
    public string Format { get; set; } = "text";
    public string? ConfigPath { get; set; }
}

/// <summary><c>empathylint inventory</c>: each personal-data question of every form, with requiredness, purpose, legal basis and place.</summary>
public static class InventoryCommand
{
    public static readonly string[] Formats = { "text", "csv", "json" };

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(Parse(args), output, error);

    public static int Run(InventoryOptions options, TextWriter output, TextWriter error)
    {
        if (!ConfigOption.TryLoad(options.ConfigPath, options.Paths[0], error, out var configuration)) return ExitCodes.Usage;
        var project = ProjectDocuments.Read(options.Paths, configuration);
        foreach (var finding in project.Unreadable) error.WriteLine(finding.ToString());
        var entries = DataInventory.Build(project.Documents, configuration.Vocabulary);
        switch (options.Format)
        {
            case "csv":
                output.Write(DataInventory.Csv(entries));
                break;
            case "json":
                output.WriteLine(Json(entries));
                break;
            default:
                WriteText(entries, output);
                break;
        }
        return ExitCodes.Clean;
    }

    public static string Json(IEnumerable<InventoryEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                var row = DataInventory.Row(entry);
                for (var i = 0; i < DataInventory.Columns.Length; i++)
                {
                    if (DataInventory.Columns[i] == "line") writer.WriteNumber("line", entry.Question.Line);
                    else if (DataInventory.Columns[i] == "required") writer.WriteBoolean("required", entry.Required);
                    else writer.WriteString(DataInventory.Columns[i], row[i]);
                }
                writer.WriteString("concept", entry.Question.Concept);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteText(List<InventoryEntry> entries, TextWriter output)
    {
        foreach (var group in entries.GroupBy(e => (e.Question.Path, e.Question.Form)))
        {
            output.WriteLine($"{group.Key.Path} ({group.Key.Form})");
            foreach (var e in group)
            {
                var why = e.Purpose.Length > 0 ? "purpose: " + e.Purpose : "no stated purpose";
                output.WriteLine($"  {e.Question.Line,5}  {e.Category,-28} {(e.Required ? "required" : "optional"),-9} '{e.Question.Label}' — {why}");
            }
        }
        output.WriteLine($"{entries.Count} personal-data question{(entries.Count == 1 ? "" : "s")}, {entries.Count(e => e.Required)} required, {entries.Count(e => e.Purpose.Length == 0)} without a stated purpose.");
    }

    public static InventoryOptions Parse(string[] args)
    {
        var options = new InventoryOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                case "-f":
                    if (i + 1 >= args.Length) throw new UsageException($"option '{args[i]}' needs a value");
                    var format = args[++i];
                    if (!Formats.Contains(format)) throw new UsageException($"unknown inventory format '{format}' (expected text, csv or json)");
                    options.Format = format;
                    break;
                case "--config":
                case "-c":
                    if (i + 1 >= args.Length) throw new UsageException($"option '{args[i]}' needs a value");
                    options.ConfigPath = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("-", System.StringComparison.Ordinal) && args[i].Length > 1) throw new UsageException($"unknown option '{args[i]}' (try 'empathylint --help')");
                    options.Paths.Add(args[i]);
                    break;
            }
        }
        if (options.Paths.Count == 0) options.Paths.Add(".");
        return options;
    }
}
