using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EmpathyLint.Personas;

using System.CommandLine;
using EmpathyLint.Cli.CommandLine;

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

    public static CliCommand Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to read (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text, csv or json (default text).", HelpName = "format" };
        format.CompletionSources.Add(Formats);
        format.Validators.Add(r => { var v = r.GetValueOrDefault<string>(); if (v is not null && !Formats.Contains(v)) r.AddError($"unknown inventory format '{v}' (expected text, csv or json)"); });
        var config = ConfigOption.Create();
        var command = new CliCommand("inventory", "Every personal-data question: category, required, purpose, legal basis and place.") { paths, config, format };
        command.Examples.Add(("empathylint inventory src --format csv", "Every personal-data question: category, required, purpose, legal basis and place."));
        command.ExitCodes = "0 done, 2 usage or configuration error";
        command.SetAction(parse =>
        {
            var options = new InventoryOptions { ConfigPath = parse.GetValue(config) };
            options.Paths.AddRange(parse.GetValue(paths) ?? System.Array.Empty<string>());
            if (options.Paths.Count == 0) options.Paths.Add(".");
            if (parse.GetValue(format) is { } f) options.Format = f;
            return Run(options, context.Output, context.Error);
        });
        return command;
    }
}
