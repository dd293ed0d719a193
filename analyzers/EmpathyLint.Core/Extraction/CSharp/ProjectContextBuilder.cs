using System;
using System.Collections.Generic;
using System.Linq;
using EmpathyLint.Model;
using Microsoft.CodeAnalysis;

namespace EmpathyLint.Extraction.CSharp;

/// <summary>
/// Collects, from the C# sources of a scan, the facts markup needs about the models it binds: enum
/// members (by name) and member annotations (by "Type.Member", by "Outer.Type.Member", by property path
/// one level deep such as "Input.Email" and "RegisterModel.Input.Email", and by bare "Member"). A key
/// that two sources would give different facts is left out: markup then knows nothing rather than
/// something wrong. Sources may be added from several threads; <see cref="Build"/> orders them by path,
/// so the result does not depend on the order of arrival.
/// </summary>
public sealed class ProjectContextBuilder
{
    private readonly object _gate = new();
    private readonly List<(string Path, CSharpSource Source)> _sources = new();
    private readonly List<(string Path, List<Razor.MarkupBinding> Bindings, Text.LineMap Lines)> _markup = new();
    private readonly Dictionary<string, SyntaxTree> _trees = new(StringComparer.Ordinal);

    /// <summary>Parses and reads one source.</summary>
    public void Add(string path, string text) => Add(path, CSharpExtractor.Parse(text, path));

    /// <summary>Reads an already parsed source.</summary>
    public void Add(string path, SyntaxTree tree)
    {
        var source = CSharpExtractor.Read(tree);
        lock (_gate)
        {
            _sources.Add((path, source));
            _trees[path] = tree;
        }
    }

    /// <summary>Reads which model members a Razor file's forms bind (.cshtml, .razor; other markup binds no C#).</summary>
    public void AddMarkup(string path, string text)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (!extension.Equals(".cshtml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".razor", StringComparison.OrdinalIgnoreCase)) return;
        var bindings = Razor.MarkupBindingScanner.Scan(text);
        if (bindings.Count == 0) return;
        var lines = new Text.LineMap(text);
        lock (_gate) _markup.Add((path, bindings, lines));
    }

    public static ProjectContext FromSources(IEnumerable<(string Path, string Text)> sources)
    {
        var builder = new ProjectContextBuilder();
        foreach (var (path, text) in sources) builder.Add(path, text);
        return builder.Build();
    }

    public ProjectContext Build()
    {
        var context = new ProjectContext();
        AddTo(context);
        return context;
    }

    /// <summary>Adds the enums and member facts to a context (which may already hold resources).</summary>
    public void AddTo(ProjectContext context)
    {
        List<(string Path, CSharpSource Source)> sources;
        lock (_gate) sources = _sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();

        var enums = new Keyed<IReadOnlyList<string>>((a, b) => a.SequenceEqual(b, StringComparer.Ordinal));
        foreach (var enumType in sources.SelectMany(s => s.Source.Enums))
        {
            IReadOnlyList<string> members = enumType.Members.Select(m => m.Name).ToList();
            foreach (var key in QualifiedNames(enumType.ContainingTypes, enumType.Name)) enums.Add(key, members);
        }
        enums.CopyTo(context.Enums);

        var models = sources.SelectMany(s => s.Source.Models.Select(m => (s.Path, Model: m))).ToList();
        var requiredByValidators = RequiredByValidators(sources);
        var facts = new Keyed<ModelMemberFacts>(SameFacts, WithoutConflictingPlace);
        foreach (var (path, model) in models)
        {
            foreach (var member in model.Members)
            {
                var fact = Facts(model, member, requiredByValidators);
                fact.Place = Place(path, member.Identifier);
                foreach (var key in QualifiedNames(model.ContainingTypes, model.Name)) facts.Add(key + "." + member.Name, fact);
                facts.Add(member.Name, fact);
            }
        }
        // asp-for="Input.Email": a property whose type is a model of the scan, one level deep.
        foreach (var (path, model) in models)
        {
            foreach (var property in model.Members)
            {
                if (property.NamedType is null || property.AllowsMultiple) continue;
                var target = Resolve(property.NamedType, model, path, models);
                if (target is null || ReferenceEquals(target, model)) continue;
                var targetPath = models.First(m => ReferenceEquals(m.Model, target)).Path;
                foreach (var member in target.Members)
                {
                    var fact = Facts(target, member, requiredByValidators);
                    fact.Place = Place(targetPath, member.Identifier);
                    facts.Add(property.Name + "." + member.Name, fact);
                    foreach (var key in QualifiedNames(model.ContainingTypes, model.Name)) facts.Add(key + "." + property.Name + "." + member.Name, fact);
                }
            }
        }
        facts.CopyTo(context.Members);
        AddInputModels(sources, context);
        AddMarkupBindings(models, context);
    }

    /// <summary>Types an action, a page or a validator takes as input; the first evidence (by path) is kept.</summary>
    private static void AddInputModels(List<(string Path, CSharpSource Source)> sources, ProjectContext context)
    {
        foreach (var (path, source) in sources)
        {
            foreach (var use in source.InputUses)
            {
                if (!context.InputModels.ContainsKey(use.TypeName)) context.InputModels[use.TypeName] = use.Evidence + " (" + path + ")";
            }
            foreach (var validator in source.Validators)
            {
                if (validator.ModelName.IndexOf('<') < 0 && !context.InputModels.ContainsKey(validator.ModelName)) context.InputModels[validator.ModelName] = "validated by a FluentValidation validator (" + path + ")";
            }
        }
    }

    /// <summary>
    /// Type → member → controls binding it. "Input.Email" on RegisterModel binds RegisterModel.Input and, when
    /// Input's type is a model of the scan, that model's Email.
    /// </summary>
    private void AddMarkupBindings(List<(string Path, ModelType Model)> models, ProjectContext context)
    {
        List<(string Path, List<Razor.MarkupBinding> Bindings, Text.LineMap Lines)> markup;
        lock (_gate) markup = _markup.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
        var byName = models.GroupBy(m => m.Model.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Model, StringComparer.Ordinal);
        foreach (var (path, bindings, lines) in markup)
        {
            foreach (var binding in bindings)
            {
                var place = new RelatedLocation(path, lines.Span(binding.Start, binding.Length), "form control");
                var segments = binding.MemberPath.Length == 0 ? new string[0] : binding.MemberPath.Split('.');
                Bind(context, binding.TypeName, segments.Length > 0 ? segments[0] : "", place);
                if (segments.Length < 2) continue;
                byName.TryGetValue(binding.TypeName, out var owner);
                var property = owner?.Members.FirstOrDefault(m => m.Name == segments[0]);
                if (property?.NamedType is null) continue;
                Bind(context, property.NamedType, segments[1], place);
            }
        }
    }

    private static void Bind(ProjectContext context, string typeName, string member, RelatedLocation place)
    {
        if (!context.MarkupBindings.TryGetValue(typeName, out var members)) context.MarkupBindings[typeName] = members = new Dictionary<string, List<RelatedLocation>>(StringComparer.Ordinal);
        if (member.Length == 0) return;
        if (!members.TryGetValue(member, out var places)) members[member] = places = new List<RelatedLocation>();
        if (!places.Contains(place)) places.Add(place);
    }

    private static ModelMemberFacts Facts(ModelType model, ModelMember member, HashSet<string> requiredByValidators) => new(model.Name, member.Name)
    {
        MemberType = member.TypeName.Length > 0 ? member.TypeName : null,
        Required = member.Required is not null || requiredByValidators.Contains(model.Name + "." + member.Name),
        DisplayName = member.Labels.FirstOrDefault(l => l.Source == LabelSource.Display)?.Text,
        Purpose = member.Purpose ?? model.Purpose,
    };

    private RelatedLocation? Place(string path, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        SyntaxTree? tree;
        lock (_gate) _trees.TryGetValue(path, out tree);
        if (tree is null) return null;
        var lines = tree.GetLineSpan(span);
        return new RelatedLocation(path, new Text.SourceSpan(span.Start, span.Length, lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1, lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1), "model member");
    }

    /// <summary>"Model.Member" for every <c>RuleFor(x =&gt; x.Member).NotEmpty()</c>.</summary>
    private static HashSet<string> RequiredByValidators(List<(string Path, CSharpSource Source)> sources)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var validator in sources.SelectMany(s => s.Source.Validators))
        {
            var model = validator.ModelName;
            var generic = model.IndexOf('<');
            if (generic >= 0) continue;
            foreach (var rule in validator.Rules.Where(r => r.Required is not null && r.MemberPath.IndexOf('.') < 0)) required.Add(model + "." + rule.MemberName);
        }
        return required;
    }

    /// <summary>The model a property's type names: a type nested beside it first, then the only one of that name.</summary>
    private static ModelType? Resolve(string typeName, ModelType owner, string ownerPath, List<(string Path, ModelType Model)> models)
    {
        var scope = owner.ContainingTypes.Concat(new[] { owner.Name }).ToList();
        for (var depth = scope.Count; depth >= 0; depth--)
        {
            var prefix = scope.Take(depth).ToList();
            var nested = models.Where(m => m.Path == ownerPath && m.Model.Name == typeName && m.Model.ContainingTypes.SequenceEqual(prefix, StringComparer.Ordinal)).ToList();
            if (nested.Count == 1) return nested[0].Model;
        }
        var named = models.Where(m => m.Model.Name == typeName).ToList();
        return named.Count == 1 ? named[0].Model : null;
    }

    /// <summary>"Gender", and for nested types also "Outer.Gender", "Outermost.Outer.Gender".</summary>
    private static IEnumerable<string> QualifiedNames(IReadOnlyList<string> containingTypes, string name)
    {
        yield return name;
        var qualified = name;
        for (var i = containingTypes.Count - 1; i >= 0; i--)
        {
            qualified = containingTypes[i] + "." + qualified;
            yield return qualified;
        }
    }

    /// <summary>Two models give a key the same facts from different places: the facts stand, the place is nobody's.</summary>
    private static ModelMemberFacts WithoutConflictingPlace(ModelMemberFacts kept, ModelMemberFacts other) =>
        Equals(kept.Place, other.Place) || kept.Place is null ? kept
            : new ModelMemberFacts(kept.TypeName, kept.MemberName) { MemberType = kept.MemberType, Required = kept.Required, DisplayName = kept.DisplayName, Purpose = kept.Purpose };

    private static bool SameFacts(ModelMemberFacts a, ModelMemberFacts b) =>
        a.MemberType == b.MemberType && a.Required == b.Required && a.DisplayName == b.DisplayName && a.Purpose == b.Purpose;

    /// <summary>Values by key; a key given two different values is ambiguous and dropped.</summary>
    private sealed class Keyed<T>
    {
        private readonly Func<T, T, bool> _same;
        private readonly Func<T, T, T>? _merge;
        private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
        private readonly HashSet<string> _ambiguous = new(StringComparer.Ordinal);

        public Keyed(Func<T, T, bool> same, Func<T, T, T>? merge = null)
        {
            _same = same;
            _merge = merge;
        }

        public void Add(string key, T value)
        {
            if (_ambiguous.Contains(key)) return;
            if (_values.TryGetValue(key, out var existing))
            {
                if (_same(existing, value))
                {
                    if (_merge is not null) _values[key] = _merge(existing, value);
                    return;
                }
                _values.Remove(key);
                _ambiguous.Add(key);
                return;
            }
            _values[key] = value;
        }

        public void CopyTo(Dictionary<string, T> target)
        {
            foreach (var pair in _values.OrderBy(p => p.Key, StringComparer.Ordinal)) target[pair.Key] = pair.Value;
        }
    }
}
