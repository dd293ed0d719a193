using EmpathyLint.Tests.Support;

namespace EmpathyLint.Tests.Corpus;

/// <summary>
/// Two corpora of realistic forms in the seven languages. <c>not-about-people</c> asks about things with
/// person-like words (shop departments, connector and thread genders, animals, plants, cars, book and music
/// genres, job and book titles, golf handicaps): any finding there is a precision bug. <c>about-people</c>
/// holds bad person forms annotated with <c>expect:</c> comments that must match the findings exactly.
/// </summary>
public class PrecisionCorpusTests
{
    private const string Folder = "tests/EmpathyLint.Tests/Fixtures/Precision";
    private static readonly string[] Languages = { "en", "es", "fr", "de", "pt", "it", "nl" };
    private static readonly string[] Scanned = { ".html", ".htm", ".cshtml", ".razor", ".cs" };

    public static TheoryData<string> NotAboutPeople() => Rows(Files("not-about-people"));

    public static TheoryData<string> AboutPeople() => Rows(Files("about-people"));

    [Theory]
    [MemberData(nameof(NotAboutPeople))]
    public void Forms_about_things_produce_no_finding(string file)
    {
        var (text, findings) = ExpectComments.LintFile(file);
        Assert.NotEqual("", text);
        Assert.True(findings.Count == 0, file + " should be clean but has:\n" + string.Join("\n", findings.Select(f => $"  {f.Span.StartLine}:{f.Span.StartColumn} {f.RuleId} {f.Message}")));
    }

    [Theory]
    [MemberData(nameof(AboutPeople))]
    public void Forms_about_people_produce_exactly_the_expected_findings(string file)
    {
        var (text, findings) = ExpectComments.LintFile(file);
        Assert.True(ExpectComments.Read(text).Count > 0, file + " has no expect: comment");
        var problems = ExpectComments.Compare(text, findings);
        Assert.True(problems.Count == 0, file + ":\n" + string.Join("\n", problems.Select(p => "  " + p)));
    }

    [Fact]
    public void Not_about_people_corpus_covers_every_language_and_every_kind_of_source()
    {
        var files = Files("not-about-people");
        Assert.True(files.Count >= 30, $"{files.Count} files");
        foreach (var language in Languages) Assert.Contains(files, f => f.Contains($"/{language}/"));
        foreach (var extension in Scanned.Where(e => e != ".htm")) Assert.Contains(files, f => f.EndsWith(extension, StringComparison.Ordinal));
    }

    [Fact]
    public void About_people_corpus_covers_every_language_and_every_kind_of_source()
    {
        var files = Files("about-people");
        Assert.True(files.Count >= 15, $"{files.Count} files");
        foreach (var language in Languages) Assert.Contains(files, f => f.Contains($"/{language}/"));
        foreach (var extension in new[] { ".html", ".cshtml", ".razor", ".cs" }) Assert.Contains(files, f => f.EndsWith(extension, StringComparison.Ordinal));
    }

    /// <summary>Repository-relative paths of a corpus's scanned files, in a stable order.</summary>
    private static List<string> Files(string corpus)
    {
        var root = RepoPaths.Combine(Folder.Split('/').Append(corpus).ToArray());
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => Scanned.Contains(Path.GetExtension(path)))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    private static TheoryData<string> Rows(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files) data.Add(file);
        return data;
    }
}
