using System.CommandLine;
using EmpathyLint.Cli.CommandLine;

namespace EmpathyLint.Cli.Commands;

/// <summary>
/// <c>empathylint completion bash|zsh|pwsh</c>: prints a shell script that asks the tool itself for completions
/// through System.CommandLine's <c>[suggest:position]</c> directive, so commands, options, formats, presets and
/// rule ids complete from the same declarations the parser uses.
/// </summary>
public static class CompletionCommand
{
    public static readonly string[] Shells = { "bash", "zsh", "pwsh" };

    public static CliCommand Create(CliContext context)
    {
        var shell = new Argument<string>("shell") { HelpName = "bash|zsh|pwsh", Description = "The shell to print a completion script for: bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong(Shells);
        var command = new CliCommand("completion", "Print a shell completion script.") { shell };
        command.Examples.Add(("source <(empathylint completion bash)", "Complete in the current bash session (add it to ~/.bashrc to keep it)"));
        command.Examples.Add(("empathylint completion zsh > \"${fpath[1]}/_empathylint\"", "Install for zsh"));
        command.Examples.Add(("empathylint completion pwsh | Out-String | Invoke-Expression", "Complete in PowerShell (add it to $PROFILE to keep it)"));
        command.ExitCodes = "0 printed, 2 unknown shell";
        command.SetAction(parse =>
        {
            context.Output.Write(Script(parse.GetRequiredValue(shell)));
            return ExitCodes.Clean;
        });
        return command;
    }

    public static string Script(string shell) => shell switch
    {
        "bash" => """
            # empathylint completion for bash: source <(empathylint completion bash)
            _empathylint_complete() {
              local IFS=$'\n'
              COMPREPLY=( $(empathylint "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) )
            }
            complete -o default -F _empathylint_complete empathylint

            """,
        "zsh" => """
            #compdef empathylint
            # empathylint completion for zsh
            _empathylint() {
              local -a candidates
              candidates=("${(@f)$(empathylint "[suggest:${#BUFFER}]" "$BUFFER" 2>/dev/null)}")
              compadd -a candidates
            }
            compdef _empathylint empathylint

            """,
        _ => """
            # empathylint completion for PowerShell: empathylint completion pwsh | Out-String | Invoke-Expression
            Register-ArgumentCompleter -Native -CommandName empathylint -ScriptBlock {
              param($wordToComplete, $commandAst, $cursorPosition)
              empathylint "[suggest:$cursorPosition]" "$($commandAst.ToString())" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
              }
            }

            """,
    };
}
