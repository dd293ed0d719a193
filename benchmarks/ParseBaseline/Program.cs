using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Html.Parser;

// Reads and parses every .html file under a folder, in parallel like the scan, and prints how many elements it saw.
var files = Directory.EnumerateFiles(args.Length > 0 ? args[0] : ".", "*.html", SearchOption.AllDirectories).ToArray();
long elements = 0;
Parallel.ForEach(files, file =>
{
    var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
    var document = parser.ParseDocument(File.ReadAllText(file));
    System.Threading.Interlocked.Add(ref elements, document.All.Length);
});
Console.WriteLine($"{files.Length} files, {elements} elements parsed");
