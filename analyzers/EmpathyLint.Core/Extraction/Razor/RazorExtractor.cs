using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using EmpathyLint.Text;

namespace EmpathyLint.Extraction.Razor;

/// <summary>
/// Reads .cshtml and .razor files into the form model: the markup through <see cref="HtmlExtractor"/> on
/// the <see cref="RazorProjector"/>'s projection (so every span is a span of the original file), then the
/// facts that live in code: HTML helpers, option lists from C# (asp-items, loops, SelectLists), localised
/// labels, forms opened with Html.BeginForm, and what the bound model member says ([Required], [Display]).
/// </summary>
public sealed class RazorExtractor
{
    /// <summary>The Located value used when requiredness comes from the model, not from the markup.</summary>
    public const string RequiredOnModel = "[Required] on the model";

    private static readonly string[] BindingAttributes = { "asp-for", "@bind-Value", "@bind", "for" };

    private readonly ComponentMap _components;

    public RazorExtractor(ComponentMap? components = null)
    {
        _components = components ?? ComponentMap.CreateDefault();
    }

    /// <summary>Fills <paramref name="document"/> (whose text is the original Razor source) and returns the projection, whose <see cref="RazorProjection.CodeBlocks"/> a C# reader may use.</summary>
    public RazorProjection Extract(FormDocument document, ProjectContext? project = null)
    {
        project ??= ProjectContext.Empty;
        var projection = RazorProjector.Project(document.Text);
        new HtmlExtractor(_components).Extract(document, projection.Markup);
        foreach (var comment in projection.Comments) document.Comments.Add(new SourceComment(comment.Text, document.Span(comment.Start, comment.Length)));
        document.Comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var pass = new PostPass(document, projection, project, _components);
        pass.Run();
        return projection;
    }

    private sealed class PostPass
    {
        private readonly FormDocument _document;
        private readonly RazorProjection _projection;
        private readonly ProjectContext _project;
        private readonly ComponentMap _components;

        public PostPass(FormDocument document, RazorProjection projection, ProjectContext project, ComponentMap components)
        {
            _document = document;
            _projection = projection;
            _project = project;
            _components = components;
        }

        private IEnumerable<FormField> Fields => _document.Forms.SelectMany(f => f.Fields);

        public void Run()
        {
            var labelHelpers = ApplyHelpers();
            ApplyItemSources();
            ApplyLoops();
            ApplyHelperForms();
            ApplyLocalizedTexts();
            ApplyLabelHelpers(labelHelpers);
            ApplyModelFacts();
        }

        // ---- HTML helpers ---------------------------------------------------------------------

        private List<HtmlHelperCall> ApplyHelpers()
        {
            var labels = new List<HtmlHelperCall>();
            var text = _document.Text;
            foreach (var region in _projection.HelperCalls)
            {
                var call = HtmlHelperCall.Parse(text, region.Start, region.End);
                if (call is null) continue;
                if (call.IsLabel)
                {
                    labels.Add(call);
                    continue;
                }
                var span = _document.Span(call.Start, call.Length);
                var field = Fields.FirstOrDefault(f => f.Span.Start == call.Start);
                var group = field is null ? Fields.FirstOrDefault(f => f.Options.Any(o => o.Span.Start == call.Start)) : null;
                if (field is null && group is null) continue;
                if (group is not null)
                {
                    // One radio of a group: its value is the call's second argument.
                    var index = group.Options.FindIndex(o => o.Span.Start == call.Start);
                    var old = group.Options[index];
                    var value = call.StringArgument(text)?.Value ?? (call.Arguments.Count > 1 ? HtmlExtractor.CodeValue(text.Substring(call.Arguments[1].Start, call.Arguments[1].Length)) : null);
                    var label = old.Label.Length > 0 && old.Label != old.Value ? old.Label : value ?? "";
                    group.Options[index] = new FieldOption(value, label, span);
                    continue;
                }
                CompleteHelperField(field!, call, span);
            }
            return labels;
        }

        private void CompleteHelperField(FormField field, HtmlHelperCall call, SourceSpan span)
        {
            var text = _document.Text;
            field.ElementName = "Html." + call.Method;
            field.Name = call.Member;
            field.Id = call.Id;
            field.BoundMember = call.Member;
            field.InputType = call.InputType;
            var kind = call.Kind ?? FieldKind.Text;
            if (call.InputType is { } type && call.Helper == "TextBox") kind = HtmlExtractor.KindOfInput(type);
            var facts = Facts(call.Member);
            if (call.Helper == "Editor") kind = KindOfMemberType(facts?.MemberType);
            if (kind == FieldKind.RadioGroup)
            {
                var value = call.StringArgument(text)?.Value;
                var index = field.Options.FindIndex(o => o.Span.Start == call.Start);
                if (index >= 0) field.Options[index] = new FieldOption(value, field.Options[index].Label.Length > 0 ? field.Options[index].Label : value ?? "", span);
            }
            else if (kind != FieldKind.Checkbox)
            {
                field.Options.Clear();
            }
            field.Kind = kind;

            foreach (var pair in call.HtmlAttributes)
            {
                var (value, s, l) = pair.Value;
                if (call.CodeValuedAttributes.Contains(pair.Key))
                {
                    // Code values say nothing checkable, except a localised text: its key still names the field.
                    if (pair.Key is "placeholder" or "aria-label" or "title" && LocalizedKey(value) is { } key) field.Labels.Add(new FieldLabel(Resource(key), LabelSource.Localized));
                    continue;
                }
                var at = _document.Span(s, l);
                var c = field.Constraints;
                switch (pair.Key.ToLowerInvariant())
                {
                    case "required": c.Required ??= new Located<string>("required", at); break;
                    case "aria-required" when value == "true": c.Required ??= new Located<string>("aria-required", at); break;
                    case "pattern": c.Pattern ??= new Located<string>(value, at); break;
                    case "minlength" when int.TryParse(value, out var min): c.MinLength ??= new Located<int>(min, at); break;
                    case "maxlength" when int.TryParse(value, out var max): c.MaxLength ??= new Located<int>(max, at); break;
                    case "autocomplete": c.Autocomplete ??= new Located<string>(value, at); break;
                    case "placeholder": field.Labels.Add(new FieldLabel(value, LabelSource.Placeholder)); break;
                    case "aria-label": field.Labels.Add(new FieldLabel(value, LabelSource.AriaLabel)); break;
                    case "title": field.Labels.Add(new FieldLabel(value, LabelSource.Title)); break;
                    case "data-purpose": field.Purpose ??= value; break;
                    case "multiple": field.AllowsMultiple = true; break;
                }
            }

            if (kind == FieldKind.Select)
            {
                if (call.Helper == "ListBox") field.AllowsMultiple = true;
                // DropDownListFor(expr, items, optionLabel …); EnumDropDownListFor(expr, optionLabel …).
                if (call.StringArgument(text, call.Helper == "EnumDropDownList" ? 1 : 2) is { } optionLabel)
                {
                    field.Options.Add(new FieldOption("", optionLabel.Value, _document.Span(optionLabel.Start, optionLabel.Length)) { IsPlaceholder = true });
                }
                List<FieldOption>? options = null;
                if (call.Helper is "DropDownList" or "ListBox" && call.Arguments.Count > 1 && CSharpText.StringValue(text.Substring(call.Arguments[1].Start, call.Arguments[1].Length)) is null)
                {
                    var items = call.Arguments[1];
                    options = OptionSources.Resolve(_document, items.Start, items.Length, _document.Span(items.Start, items.Length), _project);
                }
                else if (call.Helper is "EnumDropDownList" or "Editor" && facts?.MemberType is { } memberType)
                {
                    options = EnumOfType(memberType) is { } enumName ? OptionSources.EnumOptions(enumName, _document.Span(call.MemberArgument.Start, call.MemberArgument.Length), _project) : null;
                }
                if (options is null) field.OptionsKnown = false;
                else field.Options.AddRange(options);
            }
        }

        private FieldKind KindOfMemberType(string? type)
        {
            if (type is null) return FieldKind.Text;
            var t = type.TrimEnd('?');
            if (t is "bool" or "Boolean") return FieldKind.Checkbox;
            if (t is "DateTime" or "DateOnly" or "DateTimeOffset") return FieldKind.Date;
            if (t is "int" or "long" or "short" or "decimal" or "double" or "float" or "Int32" or "Int64" or "Decimal") return FieldKind.Number;
            return EnumOfType(t) is not null ? FieldKind.Select : FieldKind.Text;
        }

        private string? EnumOfType(string type)
        {
            foreach (var token in type.Split(new[] { '<', '>', '[', ']', '?', ',', ' ', '.' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (_project.Enums.ContainsKey(token)) return token;
            }
            return null;
        }

        // ---- options from code ----------------------------------------------------------------

        /// <summary><c>asp-items="…"</c> and a component's items parameter (Radzen's Data): options from C#.</summary>
        private void ApplyItemSources()
        {
            foreach (var field in Fields)
            {
                if (field.Kind is not (FieldKind.Select or FieldKind.RadioGroup or FieldKind.CheckboxGroup)) continue;
                if (field.ElementName?.StartsWith("Html.", StringComparison.Ordinal) == true) continue;
                var tag = StartTag.Read(_projection.Markup, field.Span.Start);
                if (tag is null) continue;
                var attribute = "asp-items";
                if (field.ElementName is { } element && _components.TryGet(element, out var binding) && binding.ItemsAttribute is { } items) attribute = items;
                if (!tag.TryGetAttribute(attribute, out var start, out var length)) continue;
                if (!AttributeValue(start, length, out var valueStart, out var valueLength)) continue;
                var options = OptionSources.Resolve(_document, valueStart, valueLength, _document.Span(start, length), _project);
                if (options is null)
                {
                    field.OptionsKnown = false;
                    continue;
                }
                field.Options.AddRange(options);
                field.OptionsKnown = true;
            }
        }

        /// <summary>The value part of an attribute written at [start, start+length) in the original text, without quotes.</summary>
        private bool AttributeValue(int start, int length, out int valueStart, out int valueLength)
        {
            var text = _document.Text;
            var end = start + length;
            var eq = text.IndexOf('=', start);
            valueStart = valueLength = 0;
            if (eq < 0 || eq >= end) return false;
            var s = eq + 1;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            var e = end;
            if (s < end && (text[s] == '"' || text[s] == '\''))
            {
                s++;
                if (e > s && text[e - 1] == text[s - 1]) e--;
            }
            valueStart = s;
            valueLength = e - s;
            return valueLength > 0;
        }

        /// <summary>
        /// Options written inside a loop are a template, not answers: the loop's collection decides them
        /// (an enum's members when the enum is known), otherwise the options are unknown.
        /// </summary>
        private void ApplyLoops()
        {
            if (_projection.Loops.Count == 0) return;
            foreach (var field in Fields)
            {
                var byLoop = new Dictionary<CodeLoop, List<FieldOption>>();
                foreach (var option in field.Options)
                {
                    var loop = _projection.Loops.Where(l => l.Contains(option.Span.Start)).OrderBy(l => l.BodyEnd - l.BodyStart).FirstOrDefault();
                    if (loop is null) continue;
                    if (!byLoop.TryGetValue(loop, out var list)) byLoop[loop] = list = new List<FieldOption>();
                    list.Add(option);
                }
                if (byLoop.Count == 0) continue;
                if (field.Kind == FieldKind.Checkbox)
                {
                    // Settled as a single checkbox, but the loop renders one per item: a group.
                    var only = field.Options[0];
                    field.Kind = FieldKind.CheckboxGroup;
                    field.AllowsMultiple = true;
                    field.Labels.RemoveAll(l => l.Source == LabelSource.WrappingLabel && l.Text == only.Label);
                }
                foreach (var pair in byLoop)
                {
                    var first = pair.Value[0];
                    var insertAt = field.Options.IndexOf(first);
                    foreach (var templated in pair.Value) field.Options.Remove(templated);
                    var resolved = LoopOptions(pair.Key, first.Span);
                    if (resolved is null) field.OptionsKnown = false;
                    else field.Options.InsertRange(Math.Min(insertAt, field.Options.Count), resolved);
                }
            }
        }

        private List<FieldOption>? LoopOptions(CodeLoop loop, SourceSpan templateSpan)
        {
            if (loop.Keyword != "foreach") return null;
            var header = loop.Header.Text;
            var inAt = System.Text.RegularExpressions.Regex.Match(header, @"\sin\s");
            if (!inAt.Success) return null;
            var start = loop.Header.Start + inAt.Index + inAt.Length;
            var options = OptionSources.Resolve(_document, start, loop.Header.End - start, templateSpan, _project);
            if (options is null) return null;
            // Enum members are reported at the option template; literal strings at each string.
            return options;
        }

        /// <summary><c>@using (Html.BeginForm(…)) { … }</c> is a form: its fields leave the page's implicit form.</summary>
        private void ApplyHelperForms()
        {
            foreach (var region in _projection.HelperForms)
            {
                var call = region.Header;
                var form = new Form(FormKind.Markup, _document.Span(call.Start, call.Length)) { Name = "Html.BeginForm" };
                var open = call.Text.IndexOf('(');
                if (open >= 0)
                {
                    foreach (var (s, l) in CSharpText.SplitTopLevel(call.Text, open + 1, Math.Max(open + 1, call.Text.LastIndexOf(')'))))
                    {
                        if (CSharpText.StringValue(call.Text.Substring(s, l)) is { Length: > 0 } value) form.ContextText.Add(value);
                    }
                }
                foreach (var implicitForm in _document.Forms.Where(f => f.IsImplicit && f.NotAboutPersonReason is null).ToList())
                {
                    var moved = implicitForm.Fields.Where(f => f.Span.Start > region.BodyStart && f.Span.Start < region.BodyEnd).ToList();
                    foreach (var field in moved)
                    {
                        implicitForm.Fields.Remove(field);
                        form.Fields.Add(field);
                    }
                    if (implicitForm.Fields.Count == 0) _document.Forms.Remove(implicitForm);
                }
                _document.Forms.Add(form);
            }
            if (_projection.HelperForms.Count > 0) _document.Forms.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        // ---- localised labels -----------------------------------------------------------------

        /// <summary>
        /// The projection kept each key's characters, so labels, answers and hints read the key; here the key
        /// becomes its resource text (from the scanned .resx files) or the words of its last segment
        /// ("Account.Fields.DateOfBirth" → "Date of birth"), and the label is marked as localised.
        /// </summary>
        private void ApplyLocalizedTexts()
        {
            if (_projection.LocalizedTexts.Count == 0) return;
            foreach (var form in _document.Forms)
            {
                for (var i = 0; i < form.ContextText.Count; i++) form.ContextText[i] = Translate(form.ContextText[i], out _);
                foreach (var field in form.Fields)
                {
                    for (var i = 0; i < field.Labels.Count; i++)
                    {
                        var label = field.Labels[i];
                        var translated = Translate(label.Text, out var keys);
                        if (keys.Count == 0) continue;
                        field.Labels[i] = new FieldLabel(translated, LabelSource.Localized);
                        // With a resource text, the key's own words still say what is asked.
                        foreach (var key in keys)
                        {
                            var words = KeyWords(key);
                            if (Words.Normalize(words) != Words.Normalize(translated) && !field.Labels.Any(l => l.Text == words)) field.Labels.Insert(++i, new FieldLabel(words, LabelSource.Localized));
                        }
                    }
                    for (var i = 0; i < field.Options.Count; i++)
                    {
                        var option = field.Options[i];
                        var label = Translate(option.Label, out var keys);
                        var value = option.Value is null ? null : Translate(option.Value, out var valueKeys);
                        if (keys.Count == 0 && option.Value == value) continue;
                        field.Options[i] = new FieldOption(value, label, option.Span) { IsPlaceholder = option.IsPlaceholder, Meaning = option.Meaning };
                    }
                    for (var i = 0; i < field.Hints.Count; i++)
                    {
                        var hint = field.Hints[i];
                        var text = Translate(hint.Text, out var keys);
                        if (keys.Count > 0) field.Hints[i] = new FieldHint(text, hint.Span);
                    }
                }
            }
        }

        /// <summary>Replaces each marked key in <paramref name="text"/> by its resource text or its words.</summary>
        private string Translate(string text, out List<string> keys)
        {
            keys = new List<string>();
            if (text.IndexOf(RazorProjector.LocalizedMark) < 0) return text;
            var sb = new System.Text.StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOf(RazorProjector.LocalizedMark, i);
                if (open < 0) { sb.Append(text, i, text.Length - i); break; }
                var close = text.IndexOf(RazorProjector.LocalizedMark, open + 1);
                if (close < 0) { sb.Append(text, i, open - i); sb.Append(text, open + 1, text.Length - open - 1); break; }
                sb.Append(text, i, open - i);
                var key = text.Substring(open + 1, close - open - 1);
                keys.Add(key);
                sb.Append(Resource(key));
                i = close + 1;
            }
            // "@T("Account.Fields.Gender"):" leaves the call's blanked ')' before the colon.
            return System.Text.RegularExpressions.Regex.Replace(HtmlExtractor.Collapse(sb.ToString()), @"\s+(?=[:;,.?!*](?:\s|$))", "");
        }

        private static readonly System.Text.RegularExpressions.Regex LocalizedCode = new(@"^(?<root>[A-Za-z_]\w*)\s*[\[(]\s*""(?<key>[^""\\]*)""");

        private static string? LocalizedKey(string code)
        {
            var m = LocalizedCode.Match(code.Trim());
            if (!m.Success) return null;
            var root = m.Groups["root"].Value;
            return root is "T" or "L" || root.EndsWith("Localizer", StringComparison.Ordinal) || root.EndsWith("Localiser", StringComparison.Ordinal) ? m.Groups["key"].Value : null;
        }

        private string Resource(string key) => _project.Resources.TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim() : KeyWords(key);

        /// <summary>A key that is already a sentence stays; a dotted or camel-cased key gives the words of its last segment.</summary>
        internal static string KeyWords(string key)
        {
            if (key.IndexOf(' ') >= 0) return key;
            var dot = key.TrimEnd('.').LastIndexOf('.');
            var last = dot >= 0 ? key.Substring(dot + 1) : key;
            var words = string.Join(" ", Words.OfIdentifier(last));
            return words.Length == 0 ? key : char.ToUpperInvariant(words[0]) + words.Substring(1);
        }

        // ---- labels from @Html.LabelFor -------------------------------------------------------

        private void ApplyLabelHelpers(List<HtmlHelperCall> labels)
        {
            foreach (var call in labels)
            {
                if (call.Member is null) continue;
                var text = call.StringArgument(_document.Text)?.Value ?? Facts(call.Member)?.DisplayName ?? string.Join(" ", Words.OfIdentifier(LastSegment(call.Member)));
                foreach (var field in Fields.Where(f => f.BoundMember == call.Member))
                {
                    if (!field.Labels.Any(l => l.Text == text)) field.Labels.Insert(0, new FieldLabel(text, LabelSource.LabelFor));
                }
            }
        }

        // ---- facts from the bound model member -------------------------------------------------

        /// <summary>
        /// [Required] on the bound member is recorded on the markup field as a fact for the inventory, with a
        /// distinct value (<see cref="RequiredOnModel"/>) and the span of the binding. Rules that judge
        /// requiredness report it once, at the C# attribute: they skip this value.
        /// </summary>
        private void ApplyModelFacts()
        {
            foreach (var field in Fields)
            {
                var facts = Facts(field.BoundMember);
                if (facts is null) continue;
                if (facts.Required && field.Constraints.Required is null)
                {
                    field.Constraints.Required = new Located<string>(RequiredOnModel, BindingSpan(field));
                }
                if (facts.DisplayName is { Length: > 0 } display && !field.Labels.Any(l => l.Text == display))
                {
                    field.Labels.Add(new FieldLabel(display, LabelSource.Display));
                }
                field.Purpose ??= facts.Purpose;
                if (facts.Place is { } place && !field.Related.Contains(place)) field.Related.Add(place);
                InferInputKind(field, facts);
            }
        }

        /// <summary>The input tag helper picks the type from the member's type when none is written: bool → checkbox, DateTime → date.</summary>
        private void InferInputKind(FormField field, ModelMemberFacts facts)
        {
            if (field.ElementName != "input" || facts.MemberType is null) return;
            var tag = StartTag.Read(_projection.Markup, field.Span.Start);
            if (tag is null || !tag.TryGetAttribute("asp-for", out _, out _) || tag.TryGetAttribute("type", out _, out _)) return;
            var kind = KindOfMemberType(facts.MemberType);
            if (kind is FieldKind.Select or FieldKind.Text) return;
            field.Kind = kind;
            field.InputType = kind switch { FieldKind.Checkbox => "checkbox", FieldKind.Date => "datetime-local", _ => "number" };
        }

        private SourceSpan BindingSpan(FormField field)
        {
            var tag = StartTag.Read(_projection.Markup, field.Span.Start);
            if (field.ElementName?.StartsWith("Html.", StringComparison.Ordinal) == true)
            {
                var call = HtmlHelperCall.Parse(_document.Text, field.Span.Start, field.Span.End);
                if (call is not null) return _document.Span(call.MemberArgument.Start, call.MemberArgument.Length);
            }
            if (tag is not null)
            {
                foreach (var name in BindingAttributes)
                {
                    if (tag.TryGetAttribute(name, out var s, out var l)) return _document.Span(s, l);
                }
            }
            return field.Span;
        }

        /// <summary>The model facts for a bound member path: "Type.Member" first, then the bare member.</summary>
        private ModelMemberFacts? Facts(string? boundMember)
        {
            if (string.IsNullOrEmpty(boundMember)) return null;
            var path = boundMember!.Replace("?", "").Replace("!", "");
            var segments = path.Split('.');
            // "Basic.Religion" on @model TeacherViewModel: the model's own property path first, then any model's.
            if (segments.Length == 2 && _projection.ModelType is { } owner && _project.Members.TryGetValue(LastSegment(owner) + "." + path, out var onOwner)) return onOwner;
            if (segments.Length >= 2 && _project.Members.TryGetValue(segments[segments.Length - 2] + "." + segments[segments.Length - 1], out var qualified)) return qualified;
            // "member.FirstName" with "private Member member = new();" in this file's @code block: Member.FirstName.
            // When this file declares the variable's type, a bare "LastName" from another model must not answer for it.
            if (segments.Length == 2 && DeclaredType(segments[0]) is { } declared) return _project.Members.TryGetValue(declared + "." + segments[1], out var onField) ? onField : null;
            if (segments.Length == 1 && _projection.ModelType is { } model && _project.Members.TryGetValue(LastSegment(model) + "." + segments[0], out var onModel)) return onModel;
            return _project.Members.TryGetValue(segments[segments.Length - 1], out var bare) ? bare : null;
        }

        private string? DeclaredType(string variable)
        {
            foreach (var block in _projection.CodeBlocks)
            {
                var m = System.Text.RegularExpressions.Regex.Match(block.Text, @"\b(?<type>[A-Z]\w*)\??\s+" + System.Text.RegularExpressions.Regex.Escape(variable) + @"\s*(?:=|;|\{)");
                if (m.Success) return m.Groups["type"].Value;
            }
            return null;
        }

        private static string LastSegment(string member)
        {
            var dot = member.LastIndexOf('.');
            return dot >= 0 ? member.Substring(dot + 1) : member;
        }
    }
}
