using System.IO;
using System.Text;
using EmpathyLint.Model;

namespace EmpathyLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=EL1001::message</c> (info is a notice).
/// </summary>
public static class GitHubFormatter
{
    public static void Write(TextWriter output, ScanReport report)
    {
        foreach (var f in report.Findings)
        {
            var command = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var s = f.Span;
            output.WriteLine($"::{command} file={Property(f.Path)},line={s.StartLine},col={s.StartColumn},endLine={s.EndLine},endColumn={s.EndColumn},title={Property(f.RuleId)}::{Data(f.Message)}");
        }
        output.WriteLine(Formatters.Summary(report));
    }

    /// <summary>The escaping the runner expects in a command's message.</summary>
    public static string Data(string text) => new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>The escaping the runner expects in a property value (message escaping plus ':' and ',').</summary>
    public static string Property(string text) => new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
