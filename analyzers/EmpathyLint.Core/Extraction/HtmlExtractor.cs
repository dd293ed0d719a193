using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Extraction;

/// <summary>
/// Reads forms, fields, labels, hints, options and constraints out of HTML with AngleSharp, keeping
/// exact positions. Whole pages, fragments, templates and Razor markup (after code is blanked) all work.
/// </summary>
public sealed class HtmlExtractor
{
    private static readonly HashSet<string> SkippedInputTypes = new(StringComparer.OrdinalIgnoreCase) { "hidden", "submit", "button", "reset", "image" };
    private static readonly HashSet<string> FormContainers = new(StringComparer.OrdinalIgnoreCase) { "form", "editform", "mudform", "radzentemplateform" };
    private static readonly string[] HintClassWords = { "hint", "help", "form-text", "description", "helper", "instructions" };
    // "search", "filter" and "facet" in the seven languages of the vocabulary (accents folded, as Words gives them).
    private static readonly HashSet<string> SearchFormWords = new(StringComparer.Ordinal)
    {
        "search", "filter", "filters", "facet", "facets",
        "filtro", "filtros", "busqueda", "buscar", "buscador",
        "filtre", "filtres", "recherche",
        "filtern", "suche", "suchen",
        "pesquisa", "busca",
        "filtri", "ricerca", "cerca",
        "zoeken", "zoek",
    };

    private static readonly HashSet<string> TextSkipped = new(StringComparer.OrdinalIgnoreCase) { "select", "option", "datalist", "textarea", "script", "style", "template", "optgroup" };

    private readonly ComponentMap _components;

    public HtmlExtractor(ComponentMap? components = null)
    {
        _components = components ?? ComponentMap.CreateDefault();
    }

    /// <summary>Fills <paramref name="document"/> from <paramref name="markup"/>, whose offsets are those of the document's text.</summary>
    public void Extract(FormDocument document, string markup)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        CheckOpenElements(markup);
        var dom = parser.ParseDocument(markup);
        CheckNesting(dom.DocumentElement);
        var context = new ExtractionContext(document, markup);
        Collect(dom.DocumentElement, context.Elements, context.TemplateHosts);
        foreach (var element in context.Elements)
        {
            var id = element.Id;
            if (!string.IsNullOrEmpty(id) && !context.ById.ContainsKey(id!)) context.ById[id!] = element;
            if (element.LocalName == "label")
            {
                var target = element.GetAttribute("for") ?? element.GetAttribute("asp-for");
                if (!string.IsNullOrEmpty(target))
                {
                    if (!context.LabelsFor.TryGetValue(target!, out var list)) context.LabelsFor[target!] = list = new List<IElement>();
                    list.Add(element);
                }
            }
        }
        CollectComments(document, markup);

        foreach (var element in context.Elements)
        {
            if (FormContainers.Contains(element.LocalName)) context.FormFor(element);
        }
        foreach (var element in context.Elements) ReadControl(element, context);

        foreach (var form in context.Forms)
        {
            foreach (var field in form.Fields) Settle(field);
            form.Fields.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            document.Forms.Add(form);
        }
        document.Forms.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// Deepest element nesting scanned. The HTML parser, like browsers, stops nesting at 512 levels and makes
    /// deeper elements siblings, which would silently change the questions; no real form comes near this.
    /// </summary>
    public const int MaxNesting = 500;

    /// <summary>Elements whose end tag may be left out (the parser closes them itself) or that have none.</summary>
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "option", "optgroup", "td", "th", "tr", "dt", "dd", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input",
        "link", "meta", "source", "track", "wbr", "param", "keygen", "script", "style", "textarea", "title",
    };

    /// <summary>
    /// Open elements at once counted on the text before the parser runs. The parser's tree builder looks through
    /// every open element for each tag, so a hundred thousand unclosed &lt;div&gt; or &lt;b&gt; take minutes; counted
    /// here, they are reported in linear time. Four times the nesting limit: the count ignores what the parser
    /// closes itself (a &lt;div&gt; closing a &lt;p&gt;), and such text is flattened beyond the limit anyway.
    /// </summary>
    private static void CheckOpenElements(string markup)
    {
        var open = 0;
        for (var i = markup.IndexOf('<'); i >= 0 && i + 1 < markup.Length; i = markup.IndexOf('<', i + 1))
        {
            var closing = markup[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < markup.Length && (char.IsLetterOrDigit(markup[end]) || markup[end] == '-')) end++;
            if (end == start || !char.IsLetter(markup[start])) continue;
            if (ImpliedEnd.Contains(markup.Substring(start, end - start))) continue;
            if (closing)
            {
                if (open > 0) open--;
                continue;
            }
            var gt = markup.IndexOf('>', end);
            if (gt > 0 && markup[gt - 1] == '/') continue;
            if (++open > 4 * MaxNesting) throw new Engine.ScanLimitException($"the markup nests elements more than {MaxNesting} levels deep, beyond what the HTML parser keeps (it flattens deeper elements, as browsers do)");
        }
    }

    private static void CheckNesting(IElement? root)
    {
        if (root is null) return;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > MaxNesting) throw new Engine.ScanLimitException($"the markup nests elements more than {MaxNesting} levels deep, beyond what the HTML parser keeps (it flattens deeper elements, as browsers do)");
            var children = element is IHtmlTemplateElement template ? template.Content.Children : element.Children;
            foreach (var child in children) pending.Push((child, depth + 1));
        }
    }

    private static void Collect(IElement? element, List<IElement> into, Dictionary<INode, IElement> templateHosts)
    {
        if (element is null) return;
        into.Add(element);
        var children = element.Children;
        if (element is IHtmlTemplateElement template)
        {
            templateHosts[template.Content] = template;
            children = template.Content.Children;
        }
        foreach (var child in children) Collect(child, into, templateHosts);
    }

    private static void CollectComments(FormDocument document, string markup)
    {
        var index = 0;
        while ((index = markup.IndexOf("<!--", index, StringComparison.Ordinal)) >= 0)
        {
            var end = markup.IndexOf("-->", index + 4, StringComparison.Ordinal);
            var close = end < 0 ? markup.Length : end + 3;
            var inner = markup.Substring(index + 4, (end < 0 ? markup.Length : end) - index - 4);
            document.Comments.Add(new SourceComment(inner, document.Span(index, close - index)));
            index = close;
        }
    }

    private void ReadControl(IElement element, ExtractionContext context)
    {
        var tag = element.LocalName;
        if (tag == "input")
        {
            var type = (element.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
            if (SkippedInputTypes.Contains(type)) return;
            if (type is "radio" or "checkbox")
            {
                ReadChoice(element, type, context);
                return;
            }
            AddField(element, KindOfInput(type), context).InputType = type;
            return;
        }
        if (tag == "select")
        {
            var field = AddField(element, FieldKind.Select, context);
            field.AllowsMultiple = element.HasAttribute("multiple");
            ReadOptions(element, field, context, optionElement: null, valueAttribute: "value", textAttribute: null);
            return;
        }
        if (tag == "textarea")
        {
            AddField(element, FieldKind.TextArea, context);
            return;
        }
        if (_components.TryGet(tag, out var binding))
        {
            var kind = binding.Kind;
            var type = element.GetAttribute("type");
            if (kind == FieldKind.Text && type is not null) kind = KindOfInput(type.ToLowerInvariant());
            var field = AddField(element, kind, context);
            if (binding.LabelAttribute is not null && element.GetAttribute(binding.LabelAttribute) is { Length: > 0 } componentLabel)
            {
                field.Labels.Add(new FieldLabel(CodeValue(componentLabel), LabelSource.ComponentLabel));
            }
            if (kind is FieldKind.Select or FieldKind.RadioGroup)
            {
                if (binding.ItemsAttribute is not null && element.HasAttribute(binding.ItemsAttribute)) field.OptionsKnown = false;
                ReadOptions(element, field, context, binding.OptionElement, binding.OptionValueAttribute ?? "value", binding.OptionTextAttribute);
            }
        }
    }

    internal static FieldKind KindOfInput(string type) => type switch
    {
        "email" => FieldKind.Email,
        "tel" => FieldKind.Tel,
        "number" or "range" => FieldKind.Number,
        "date" or "datetime-local" or "month" or "week" => FieldKind.Date,
        "file" => FieldKind.File,
        "text" or "search" or "url" or "password" or "" => FieldKind.Text,
        _ => FieldKind.Other,
    };

    private FormField AddField(IElement element, FieldKind kind, ExtractionContext context)
    {
        var tag = context.Tag(element);
        var field = new FormField(kind, context.Document.Span(tag?.Start ?? 0, tag?.Length ?? 0))
        {
            ElementName = context.ElementName(element, tag),
            Name = element.GetAttribute("name"),
            Id = element.Id,
            BoundMember = BoundMember(element),
        };
        ReadLabels(element, field, context, includeWrapping: true);
        ReadConstraints(element, tag, field, context);
        ReadHints(element, field, context);
        field.Purpose = Purpose(element);
        context.OwnerForm(element).Fields.Add(field);
        return field;
    }

    private static string? BoundMember(IElement element)
    {
        foreach (var name in new[] { "asp-for", "@bind-value", "@bind", "for" })
        {
            if (name == "for" && element.LocalName == "label") continue;
            var value = element.GetAttribute(name);
            if (!string.IsNullOrWhiteSpace(value) && (name != "for" || value!.Contains("=>"))) return CodeValue(value!);
        }
        return null;
    }

    /// <summary>The readable part of a Razor attribute value: "@model.Gender" → "model.Gender", "@(() => model.Dob)" → "model.Dob", "@(\"Male\")" → "Male".</summary>
    public static string CodeValue(string value)
    {
        var v = value.Trim();
        if (v.StartsWith("@", StringComparison.Ordinal)) v = v.Substring(1).Trim();
        if (v.StartsWith("(", StringComparison.Ordinal) && v.EndsWith(")", StringComparison.Ordinal)) v = v.Substring(1, v.Length - 2).Trim();
        var arrow = v.IndexOf("=>", StringComparison.Ordinal);
        if (arrow >= 0) v = v.Substring(arrow + 2).Trim();
        if (v.Length >= 2 && v[0] == '"' && v[v.Length - 1] == '"') v = v.Substring(1, v.Length - 2);
        // Razor projection swaps quotes inside attribute values ("@(\"Mr\")" is read as "@('Mr')").
        else if (v.Length >= 2 && v[0] == '\'' && v[v.Length - 1] == '\'') v = v.Substring(1, v.Length - 2);
        return v;
    }

    private void ReadChoice(IElement element, string type, ExtractionContext context)
    {
        var form = context.OwnerForm(element);
        var name = element.GetAttribute("name") ?? BoundMember(element);
        var kind = type == "radio" ? FieldKind.RadioGroup : FieldKind.CheckboxGroup;
        FormField? field = null;
        if (!string.IsNullOrEmpty(name)) context.Groups.TryGetValue((form, kind, name!), out field);
        var tag = context.Tag(element);
        if (field is null)
        {
            field = new FormField(kind, context.Document.Span(tag?.Start ?? 0, tag?.Length ?? 0))
            {
                ElementName = context.ElementName(element, tag),
                Name = element.GetAttribute("name"),
                Id = element.Id,
                BoundMember = BoundMember(element),
                InputType = type,
            };
            ReadGroupLabels(element, field, context);
            ReadHints(element, field, context);
            field.Purpose = Purpose(element);
            form.Fields.Add(field);
            if (!string.IsNullOrEmpty(name)) context.Groups[(form, kind, name!)] = field;
        }
        var optionLabel = OptionLabel(element, context);
        field.Options.Add(new FieldOption(element.GetAttribute("value"), optionLabel, context.Document.Span(tag?.Start ?? 0, tag?.Length ?? 0)));
        ReadConstraints(element, tag, field, context);
        field.Purpose ??= Purpose(element);
        if (kind == FieldKind.CheckboxGroup) field.AllowsMultiple = true;
    }

    /// <summary>After extraction, a "group" of one checkbox is a plain checkbox.</summary>
    internal static void Settle(FormField field)
    {
        if (field.Kind == FieldKind.CheckboxGroup && field.Options.Count == 1)
        {
            field.Kind = FieldKind.Checkbox;
            field.AllowsMultiple = false;
            if (field.Labels.Count == 0 && field.Options[0].Label.Length > 0) field.Labels.Add(new FieldLabel(field.Options[0].Label, LabelSource.WrappingLabel));
        }
    }

    private static string OptionLabel(IElement element, ExtractionContext context)
    {
        var labels = new List<FieldLabel>();
        ReadOwnLabels(element, labels, context, includeWrapping: true);
        foreach (var l in labels)
        {
            if (!string.IsNullOrWhiteSpace(l.Text)) return l.Text.Trim();
        }
        var following = FollowingText(element);
        if (following.Length > 0) return following;
        var value = element.GetAttribute("value") ?? element.GetAttribute("Value");
        return value is null ? "" : LabelFromValue(value);
    }

    /// <summary>"Gender.PreferNotToSay" or "@Gender.Male" as an answer's text: the last member, in words.</summary>
    private static string LabelFromValue(string value)
    {
        var v = CodeValue(value);
        var dot = v.LastIndexOf('.');
        if (dot >= 0 && dot < v.Length - 1 && v.IndexOf(' ') < 0) v = v.Substring(dot + 1);
        return v.IndexOf(' ') < 0 ? string.Join(" ", Words.OfIdentifier(v)) : v;
    }

    /// <summary>Text right after a control ("&lt;input type=radio&gt; Male&lt;br&gt;"), including text the parser put inside a self-closed component.</summary>
    private static string FollowingText(IElement element)
    {
        var sb = new StringBuilder();
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText t) sb.Append(t.Data);
            else break;
        }
        if (sb.ToString().Trim().Length == 0)
        {
            for (var node = element.NextSibling; node is not null; node = node.NextSibling)
            {
                if (node is IText t) sb.Append(t.Data);
                else if (node is IElement e && e.LocalName is "span" or "b" or "strong" or "em" or "i") sb.Append(e.TextContent);
                else break;
            }
        }
        return Collapse(sb.ToString());
    }

    private static void ReadOptions(IElement container, FormField field, ExtractionContext context, string? optionElement, string valueAttribute, string? textAttribute)
    {
        var optionTag = optionElement ?? "option";
        var first = true;
        foreach (var option in Descendants(container))
        {
            if (!string.Equals(option.LocalName, optionTag, StringComparison.OrdinalIgnoreCase)) continue;
            var tag = context.Tag(option);
            var value = option.GetAttribute(valueAttribute);
            string label;
            if (textAttribute is not null && option.GetAttribute(textAttribute) is { } text) label = CodeValue(text);
            else if (option.GetAttribute("label") is { Length: > 0 } attr) label = attr;
            else if (optionElement is null) label = Collapse(option.TextContent);
            else label = OptionLabel(option, context);
            if (label.Length == 0 && value is not null) label = LabelFromValue(value);
            var entry = new FieldOption(value is null ? null : CodeValue(value), label, context.Document.Span(tag?.Start ?? 0, tag?.Length ?? 0))
            {
                IsPlaceholder = IsPlaceholder(option, value, label, first),
            };
            field.Options.Add(entry);
            first = false;
        }
    }

    private static bool IsPlaceholder(IElement option, string? value, string label, bool first)
    {
        if (value is not null && value.Trim().Length == 0) return true;
        if (label.Length == 0) return true;
        if (first && (option.HasAttribute("disabled") || option.HasAttribute("hidden"))) return true;
        if (value is null && first)
        {
            var l = Words.Fold(label).TrimStart('-', ' ', '.', '*');
            foreach (var prompt in new[] { "select", "choose", "please", "pick", "seleccion", "elige", "choisi", "sélection", "bitte", "wahl", "escolh", "selecione", "scegli", "selezion", "kies", "selecteer" })
            {
                if (l.StartsWith(prompt, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    private static void ReadLabels(IElement element, FormField field, ExtractionContext context, bool includeWrapping)
    {
        var labels = new List<FieldLabel>();
        ReadOwnLabels(element, labels, context, includeWrapping);
        field.Labels.AddRange(labels);
        var legend = FieldsetLegend(element, context);
        if (legend is not null) field.Labels.Add(new FieldLabel(legend, LabelSource.Legend));
    }

    private void ReadGroupLabels(IElement firstChoice, FormField field, ExtractionContext context)
    {
        // A group's question is its legend or a labelled radiogroup, never the first answer's label.
        var legend = FieldsetLegend(firstChoice, context);
        if (legend is not null) field.Labels.Add(new FieldLabel(legend, LabelSource.Legend));
        for (var parent = firstChoice.ParentElement; parent is not null && !FormContainers.Contains(parent.LocalName); parent = parent.ParentElement)
        {
            var role = parent.GetAttribute("role");
            if (role is "radiogroup" or "group")
            {
                AddAria(parent, field.Labels, context);
                break;
            }
        }
        if (field.Labels.Count == 0)
        {
            // <label for="gender"> pointing at the element that wraps the radios (nopCommerce's pattern).
            for (var parent = firstChoice.ParentElement; parent is not null && !FormContainers.Contains(parent.LocalName); parent = parent.ParentElement)
            {
                if (!string.IsNullOrEmpty(parent.Id) && context.LabelsFor.TryGetValue(parent.Id!, out var wrapping))
                {
                    foreach (var label in wrapping) field.Labels.Add(new FieldLabel(LabelText(label), LabelSource.LabelFor));
                    break;
                }
            }
        }
        if (field.Labels.Count == 0)
        {
            var preceding = PrecedingCaption(firstChoice, context);
            if (preceding is not null) field.Labels.Add(new FieldLabel(preceding, LabelSource.Legend));
        }
    }

    /// <summary>A caption written just before a group that has no fieldset: "&lt;label&gt;Gender&lt;/label&gt;&lt;div&gt;radios…".</summary>
    private string? PrecedingCaption(IElement start, ExtractionContext context)
    {
        var current = start;
        for (var depth = 0; depth < 4 && current is not null; depth++)
        {
            for (var sibling = current.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                if (IsControl(sibling) || Descendants(sibling).Any(IsControl)) return null;
                var name = sibling.LocalName;
                var isCaption = name is "label" or "legend" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "span" or "strong" or "b" or "dt"
                    || (name == "div" && (sibling.ClassName ?? "").IndexOf("label", StringComparison.OrdinalIgnoreCase) >= 0);
                if (!isCaption) continue;
                if (name == "label" && sibling.HasAttribute("for")) return null;
                var text = Collapse(VisibleText(sibling));
                if (text.Length > 0 && text.Length <= 80) return text;
            }
            current = current.ParentElement;
            if (current is null || FormContainers.Contains(current.LocalName) || current.LocalName == "fieldset") break;
        }
        return null;
    }

    private bool IsControl(IElement e) => e.LocalName is "input" or "select" or "textarea" || _components.TryGet(e.LocalName, out _);

    private static void ReadOwnLabels(IElement element, List<FieldLabel> labels, ExtractionContext context, bool includeWrapping)
    {
        var id = element.Id;
        if (!string.IsNullOrEmpty(id) && context.LabelsFor.TryGetValue(id!, out var byFor))
        {
            foreach (var label in byFor) labels.Add(new FieldLabel(LabelText(label), LabelSource.LabelFor));
        }
        var bound = element.GetAttribute("asp-for");
        if (!string.IsNullOrEmpty(bound) && context.LabelsFor.TryGetValue(bound!, out var byAspFor))
        {
            foreach (var label in byAspFor)
            {
                var text = LabelText(label);
                // <label asp-for="X"></label> renders the member's display name.
                labels.Add(new FieldLabel(text.Length > 0 ? text : string.Join(" ", Words.OfIdentifier(LastSegment(bound!))), LabelSource.LabelFor));
            }
        }
        if (includeWrapping)
        {
            for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            {
                if (parent.LocalName == "label")
                {
                    if (!parent.HasAttribute("for") || parent.GetAttribute("for") == id) labels.Add(new FieldLabel(LabelText(parent), LabelSource.WrappingLabel));
                    break;
                }
                if (FormContainers.Contains(parent.LocalName) || parent.LocalName == "fieldset") break;
            }
        }
        AddAria(element, labels, context);
        if (element.GetAttribute("placeholder") is { Length: > 0 } placeholder) labels.Add(new FieldLabel(CodeValue(placeholder), LabelSource.Placeholder));
        if (element.GetAttribute("title") is { Length: > 0 } title) labels.Add(new FieldLabel(title, LabelSource.Title));
        if (element.GetAttribute("displayname") is { Length: > 0 } displayName) labels.Add(new FieldLabel(CodeValue(displayName), LabelSource.Display));
    }

    private static string LastSegment(string member)
    {
        var dot = member.LastIndexOf('.');
        return dot >= 0 ? member.Substring(dot + 1) : member;
    }

    private static void AddAria(IElement element, List<FieldLabel> labels, ExtractionContext context)
    {
        if (element.GetAttribute("aria-label") is { Length: > 0 } aria) labels.Add(new FieldLabel(aria, LabelSource.AriaLabel));
        if (element.GetAttribute("aria-labelledby") is { Length: > 0 } ids)
        {
            var text = string.Join(" ", ids.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(i => context.ById.TryGetValue(i, out var e) ? Collapse(VisibleText(e)) : "")
                .Where(t => t.Length > 0));
            if (text.Length > 0) labels.Add(new FieldLabel(text, LabelSource.AriaLabelledBy));
        }
    }

    private static string? FieldsetLegend(IElement element, ExtractionContext context)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "fieldset")
            {
                var legend = parent.Children.FirstOrDefault(c => c.LocalName == "legend");
                if (legend is not null)
                {
                    var text = Collapse(VisibleText(legend));
                    if (text.Length > 0) return text;
                }
                var labelled = new List<FieldLabel>();
                AddAria(parent, labelled, context);
                return labelled.Count > 0 ? labelled[0].Text : null;
            }
            if (FormContainers.Contains(parent.LocalName)) return null;
        }
        return null;
    }

    private static string LabelText(IElement label) => Collapse(VisibleText(label));

    /// <summary>Text a person sees, leaving out the answers of nested selects and scripts.</summary>
    public static string VisibleText(INode node)
    {
        var sb = new StringBuilder();
        AppendVisible(node, sb);
        return sb.ToString();
    }

    private static void AppendVisible(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) sb.Append(text.Data);
            else if (child is IElement e && !TextSkipped.Contains(e.LocalName) && !e.HasAttribute("hidden") && e.GetAttribute("aria-hidden") != "true")
            {
                if (e.LocalName == "input") continue;
                sb.Append(' ');
                AppendVisible(e, sb);
                sb.Append(' ');
            }
        }
    }

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static void ReadConstraints(IElement element, StartTag? tag, FormField field, ExtractionContext context)
    {
        var c = field.Constraints;
        if (c.Required is null && element.HasAttribute("required")) c.Required = Located(tag, "required", "required", context);
        if (c.Required is null && string.Equals(element.GetAttribute("aria-required"), "true", StringComparison.OrdinalIgnoreCase)) c.Required = Located(tag, "aria-required", "aria-required", context);
        if (c.Pattern is null && element.GetAttribute("pattern") is { } pattern) c.Pattern = Located(tag, "pattern", pattern, context);
        if (c.MinLength is null && Int(element.GetAttribute("minlength")) is { } min) c.MinLength = Located(tag, "minlength", min, context);
        if (c.MaxLength is null && Int(element.GetAttribute("maxlength")) is { } max) c.MaxLength = Located(tag, "maxlength", max, context);
        if (c.Autocomplete is null && element.GetAttribute("autocomplete") is { } autocomplete) c.Autocomplete = Located(tag, "autocomplete", autocomplete, context);
    }

    private static int? Int(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Located<T> Located<T>(StartTag? tag, string attribute, T value, ExtractionContext context)
    {
        if (tag is not null && tag.TryGetAttribute(attribute, out var start, out var length)) return new Located<T>(value, context.Document.Span(start, length));
        return new Located<T>(value, context.Document.Span(tag?.Start ?? 0, tag?.Length ?? 0));
    }

    private void ReadHints(IElement element, FormField field, ExtractionContext context)
    {
        var seen = new HashSet<IElement>();
        AddDescribedBy(element, field, context, seen);
        var isGroup = field.Kind is FieldKind.RadioGroup or FieldKind.CheckboxGroup;
        var groupName = element.GetAttribute("name");
        // Hints written beside a control in its own wrapper (Bootstrap's form-text, GOV.UK's govuk-hint …),
        // up to the nearest wrapper that also holds other questions.
        for (var container = element.ParentElement; container is not null; container = container.ParentElement)
        {
            if (FormContainers.Contains(container.LocalName)) break;
            var ownOnly = Descendants(container).Where(IsControl).All(c => ReferenceEquals(c, element)
                || (isGroup && groupName is not null && c.GetAttribute("name") == groupName)
                || c.ParentElement is { } p && _components.TryGet(p.LocalName, out _));
            if (!ownOnly && container.LocalName != "fieldset") break;
            if (ownOnly)
            {
                foreach (var candidate in Descendants(container))
                {
                    if (IsHintElement(candidate) && seen.Add(candidate)) AddHint(candidate, field, context);
                }
            }
            if (container.LocalName == "fieldset")
            {
                // A fieldset's own description applies to every question in it (GOV.UK date and radio patterns).
                AddDescribedBy(container, field, context, seen);
                break;
            }
        }
    }

    private static void AddDescribedBy(IElement element, FormField field, ExtractionContext context, HashSet<IElement> seen)
    {
        if (element.GetAttribute("aria-describedby") is not { Length: > 0 } ids) return;
        foreach (var id in ids.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (context.ById.TryGetValue(id, out var hint) && seen.Add(hint)) AddHint(hint, field, context);
        }
    }

    private static bool IsHintElement(IElement element)
    {
        var classes = element.ClassName;
        if (string.IsNullOrEmpty(classes)) return element.LocalName == "small";
        foreach (var word in HintClassWords)
        {
            if (classes!.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }

    private static void AddHint(IElement hint, FormField field, ExtractionContext context)
    {
        var text = Collapse(VisibleText(hint));
        if (text.Length == 0) return;
        var tag = context.Tag(hint);
        field.Hints.Add(new FieldHint(text, context.Document.Span(tag?.Start ?? 0, tag?.Length ?? 0)));
    }

    private static string? Purpose(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("data-purpose") is { Length: > 0 } purpose) return purpose.Trim();
            if (e.LocalName == "fieldset" || FormContainers.Contains(e.LocalName)) break;
        }
        return null;
    }

    /// <summary>Descendants in document order, without nested iterators (those cost the depth again for every element).</summary>
    private static IEnumerable<IElement> Descendants(IElement element)
    {
        var pending = new List<IElement>();
        PushChildren(element, pending);
        while (pending.Count > 0)
        {
            var current = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            yield return current;
            PushChildren(current, pending);
        }
    }

    /// <summary>Pushes the children last-first, so the first child is taken next. Enumerated, not indexed:
    /// AngleSharp's collection indexer differs between its netstandard2.0 and net8.0 builds.</summary>
    private static void PushChildren(IElement element, List<IElement> pending)
    {
        var start = pending.Count;
        foreach (var child in element.Children) pending.Add(child);
        pending.Reverse(start, pending.Count - start);
    }

    private sealed class ExtractionContext
    {
        private readonly Dictionary<IElement, Form> _forms = new();
        private readonly Dictionary<IElement, StartTag?> _tags = new();
        private Form? _implicit;

        public ExtractionContext(FormDocument document, string markup)
        {
            Document = document;
            Markup = markup;
        }

        public FormDocument Document { get; }
        public string Markup { get; }
        public List<IElement> Elements { get; } = new();
        public Dictionary<string, IElement> ById { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<IElement>> LabelsFor { get; } = new(StringComparer.Ordinal);
        public Dictionary<(Form, FieldKind, string), FormField> Groups { get; } = new();
        public List<Form> Forms { get; } = new();

        /// <summary>Template content fragments and the template element that holds them.</summary>
        public Dictionary<INode, IElement> TemplateHosts { get; } = new();

        /// <summary>The parent element, stepping out of template content to its template.</summary>
        public IElement? Parent(IElement element)
        {
            if (element.ParentElement is { } parent) return parent;
            return element.Parent is { } node && TemplateHosts.TryGetValue(node, out var host) ? host : null;
        }

        public StartTag? Tag(IElement element)
        {
            if (!_tags.TryGetValue(element, out var tag))
            {
                var position = element.SourceReference?.Position.Index ?? -1;
                tag = position >= 0 ? StartTag.Read(Markup, position) : null;
                _tags[element] = tag;
            }
            return tag;
        }

        /// <summary>The element name as written in the source ("InputSelect", not the parser's "inputselect").</summary>
        public string ElementName(IElement element, StartTag? tag)
        {
            if (tag is null) return element.LocalName;
            var end = tag.Start + 1;
            while (end < Markup.Length && !char.IsWhiteSpace(Markup[end]) && Markup[end] != '>' && Markup[end] != '/') end++;
            return Markup.Substring(tag.Start + 1, end - tag.Start - 1);
        }

        public Form FormFor(IElement formElement)
        {
            if (_forms.TryGetValue(formElement, out var form)) return form;
            var tag = Tag(formElement);
            form = new Form(FormKind.Markup, Document.Span(tag?.Start ?? 0, tag?.Length ?? 0))
            {
                Name = formElement.GetAttribute("name") ?? formElement.Id ?? formElement.GetAttribute("model"),
            };
            foreach (var attribute in new[] { "name", "id", "class", "action", "aria-label", "role", "asp-page", "asp-action", "formname" })
            {
                if (formElement.GetAttribute(attribute) is { Length: > 0 } value) form.ContextText.Add(value);
            }
            form.NotAboutPersonReason = SearchFormReason(formElement);
            _forms[formElement] = form;
            Forms.Add(form);
            return form;
        }

        public Form OwnerForm(IElement element)
        {
            if (element.GetAttribute("form") is { Length: > 0 } formId && ById.TryGetValue(formId, out var byId) && FormContainers.Contains(byId.LocalName)) return FormFor(byId);
            for (var parent = Parent(element); parent is not null; parent = Parent(parent))
            {
                if (FormContainers.Contains(parent.LocalName)) return FormFor(parent);
            }
            if (_implicit is null)
            {
                _implicit = new Form(FormKind.Markup, Document.Span(0, 0)) { IsImplicit = true };
                Forms.Add(_implicit);
            }
            if (_implicit.NotAboutPersonReason is null && SearchFormReason(element) is { } reason) return SearchScope(reason);
            return _implicit;
        }

        private readonly Dictionary<string, Form> _searchScopes = new(StringComparer.Ordinal);

        private Form SearchScope(string reason)
        {
            if (!_searchScopes.TryGetValue(reason, out var form))
            {
                form = new Form(FormKind.Markup, Document.Span(0, 0)) { IsImplicit = true, NotAboutPersonReason = reason };
                _searchScopes[reason] = form;
                Forms.Add(form);
            }
            return form;
        }

        /// <summary>Search boxes and shop filters ask about things, not about the person.</summary>
        private static string? SearchFormReason(IElement element)
        {
            for (var e = element; e is not null; e = e.ParentElement)
            {
                if (e.LocalName == "search" || string.Equals(e.GetAttribute("role"), "search", StringComparison.OrdinalIgnoreCase)) return "a search form";
                if (!FormContainers.Contains(e.LocalName)) continue;
                foreach (var attribute in new[] { "name", "id", "class", "action", "asp-page", "asp-action", "aria-label" })
                {
                    var words = Words.OfIdentifier(e.GetAttribute(attribute));
                    if (words.Any(SearchFormWords.Contains)) return "a search or filter form";
                }
            }
            return null;
        }
    }
}
