namespace EmpathyLint.Analyzers.Tests.Support;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EmpathyLint.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("EmpathyLint.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
}
