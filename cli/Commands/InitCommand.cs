using System;
using System.IO;
using System.Linq;
using System.CommandLine;
using EmpathyLint.Cli.CommandLine;
using EmpathyLint.Configuration;

namespace EmpathyLint.Cli.Commands;

/// <summary><c>empathylint init</c>: writes a commented starter <c>empathylint.yaml</c> in the current folder.</summary>
public static class InitCommand
{
    public static CliCommand Create(CliContext context)
    {
        var preset = new Option<string>("--preset")
        {
            Description = $"Preset to extend: {string.Join(", ", ConfigLoader.PresetNames)}.",
            HelpName = "name",
            DefaultValueFactory = _ => "recommended",
        };
        preset.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string>();
            if (!ConfigLoader.PresetNames.Contains(name))
            {
                result.AddError($"unknown preset '{name}'{Suggestions.DidYouMean(name, ConfigLoader.PresetNames)}; presets are {string.Join(", ", ConfigLoader.PresetNames)}");
            }
        });
        preset.CompletionSources.Add(_ => ConfigLoader.PresetNames);
        var force = new Option<bool>("--force") { Description = "Replace an existing config file." };
        var command = new CliCommand("init", "Write a commented starter empathylint.yaml in the current folder.") { preset, force };
        command.Examples.Add(("empathylint init", "Start from the recommended preset"));
        command.Examples.Add(("empathylint init --preset=strict --force", "Replace the config with one extending 'strict'"));
        command.ExitCodes = "0 written, 2 a config exists (without --force) or usage error";
        command.SetAction(parse => Run(parse.GetValue(preset) ?? "recommended", parse.GetValue(force), context.Output, context.Error, context.WorkingDirectory));
        return command;
    }

    /// <summary>Writes the starter config into <paramref name="folder"/> (the current folder from the command line).</summary>
    public static int Run(string preset, bool force, TextWriter output, TextWriter error, string folder)
    {
        var existing = ConfigLoader.FileNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        if (existing is not null && !force)
        {
            return Program.UsageError(error, $"{Path.GetFileName(existing)} already exists here; use 'empathylint init --force' to replace it");
        }
        // Replace the config that is there (so the folder keeps one), or create empathylint.yaml.
        var target = existing ?? Path.Combine(folder, ConfigLoader.FileNames[0]);
        WriteAtomically(target, StarterText(preset));
        output.WriteLine($"Wrote {Path.GetFileName(target)} (extends {preset}). Edit it, then run 'empathylint scan'.");
        return ExitCodes.Clean;
    }

    /// <summary>Writes beside the target, then renames over it, so a crash never leaves half a config behind.</summary>
    public static void WriteAtomically(string target, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static string StarterText(string preset) => $$"""
        # EmpathyLint project configuration. Full reference: docs/configuration.md
        # Editors that read JSON Schema can complete keys and rule ids from
        # rules/schema/empathylint.schema.json.

        # Start from a preset: minimal, recommended, strict, clinical, equality-monitoring
        # (or a relative path to another config file, or a list of them).
        extends: {{preset}}

        # Change a rule's severity (off, info, warning, error, default) or its options.
        # 'empathylint rules' lists every rule; 'empathylint explain EL1001' tells why it exists.
        rules: {}
        #  EL2003: warning
        #  EL1001:
        #    severity: error
        #    options: { allowSexAtBirth: true }

        # Extra words, in the same sections as rules/vocabulary/*.yaml.
        # vocabulary:
        #   meanings:
        #     non-binary: { en: [two-spirit] }

        # Why you collect data that rules would otherwise question. A declared purpose quiets
        # the needs-review rules for that field and is kept on every finding about it.
        # purposes:
        #   - concept: date-of-birth
        #     purpose: Age check for alcohol sales
        #     paths: ["Pages/Checkout/**"]

        # Razor components that act as form controls.
        # components:
        #   AcmeSelect: { kind: select, option: AcmeOption, value: Value }

        # Paths (relative to this file's folder) that are not scanned.
        ignores: []
        #  - "wwwroot/lib/**"

        """;
}
