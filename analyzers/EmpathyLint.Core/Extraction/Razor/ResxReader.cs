using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace EmpathyLint.Extraction.Razor;

/// <summary>Reads the string entries of a .resx file (<c>&lt;data name="Gender"&gt;&lt;value&gt;Gender&lt;/value&gt;</c>) for localised labels.</summary>
public static class ResxReader
{
    /// <summary>Adds each name → value to <paramref name="into"/> (first file wins for a name). Returns false with a reason when the file is not readable XML.</summary>
    public static bool TryRead(string resxText, IDictionary<string, string> into, out string? problem)
    {
        problem = null;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(resxText), settings);
            var document = new XmlDocument { XmlResolver = null };
            document.Load(reader);
            var nodes = document.SelectNodes("/root/data[@name]");
            if (nodes is null) return true;
            foreach (XmlNode node in nodes)
            {
                // Entries with a type are files or images, not strings.
                if (node.Attributes?["type"] is not null || node.Attributes?["mimetype"] is not null) continue;
                var name = node.Attributes?["name"]?.Value;
                var value = node.SelectSingleNode("value")?.InnerText;
                if (string.IsNullOrEmpty(name) || value is null || into.ContainsKey(name!)) continue;
                into[name!] = value;
            }
            return true;
        }
        catch (XmlException ex)
        {
            problem = "the .resx file is not valid XML: " + ex.Message;
            return false;
        }
    }
}
