using System;
using System.Collections.Generic;
using EmpathyLint.Model;

namespace EmpathyLint.Extraction;

/// <summary>How a component (Blazor's own inputs, MudBlazor, Radzen …) behaves as a form control.</summary>
public sealed class ComponentBinding
{
    public ComponentBinding(FieldKind kind, string? optionElement = null, string? optionValueAttribute = "value", string? optionTextAttribute = null, string? labelAttribute = null, string? itemsAttribute = null)
    {
        Kind = kind;
        OptionElement = optionElement;
        OptionValueAttribute = optionValueAttribute;
        OptionTextAttribute = optionTextAttribute;
        LabelAttribute = labelAttribute;
        ItemsAttribute = itemsAttribute;
    }

    public FieldKind Kind { get; }

    /// <summary>Child element that is one answer (InputRadio, MudSelectItem …); null for plain &lt;option&gt; children.</summary>
    public string? OptionElement { get; }
    public string? OptionValueAttribute { get; }

    /// <summary>Attribute carrying the answer's text (Radzen's Text="…"); null when the text is the element's content.</summary>
    public string? OptionTextAttribute { get; }

    /// <summary>Parameter carrying the visible label (MudBlazor's Label="…").</summary>
    public string? LabelAttribute { get; }

    /// <summary>Parameter whose value supplies options from code (Radzen's Data="…"): the options are then unknown.</summary>
    public string? ItemsAttribute { get; }
}

/// <summary>Element names (lower case, as the HTML parser gives them) that act as form controls.</summary>
public sealed class ComponentMap
{
    private readonly Dictionary<string, ComponentBinding> _map = new(StringComparer.OrdinalIgnoreCase);

    public static ComponentMap CreateDefault()
    {
        var map = new ComponentMap();
        // Blazor's built-in input components.
        map.Add("InputText", new ComponentBinding(FieldKind.Text));
        map.Add("InputTextArea", new ComponentBinding(FieldKind.TextArea));
        map.Add("InputNumber", new ComponentBinding(FieldKind.Number));
        map.Add("InputDate", new ComponentBinding(FieldKind.Date));
        map.Add("InputSelect", new ComponentBinding(FieldKind.Select));
        map.Add("InputRadioGroup", new ComponentBinding(FieldKind.RadioGroup, optionElement: "InputRadio", optionValueAttribute: "Value"));
        map.Add("InputCheckbox", new ComponentBinding(FieldKind.Checkbox));
        map.Add("InputFile", new ComponentBinding(FieldKind.File));
        // MudBlazor.
        map.Add("MudTextField", new ComponentBinding(FieldKind.Text, labelAttribute: "Label"));
        map.Add("MudNumericField", new ComponentBinding(FieldKind.Number, labelAttribute: "Label"));
        map.Add("MudDatePicker", new ComponentBinding(FieldKind.Date, labelAttribute: "Label"));
        map.Add("MudSelect", new ComponentBinding(FieldKind.Select, optionElement: "MudSelectItem", optionValueAttribute: "Value", labelAttribute: "Label"));
        map.Add("MudAutocomplete", new ComponentBinding(FieldKind.Text, labelAttribute: "Label"));
        map.Add("MudRadioGroup", new ComponentBinding(FieldKind.RadioGroup, optionElement: "MudRadio", optionValueAttribute: "Value", labelAttribute: "Label"));
        map.Add("MudCheckBox", new ComponentBinding(FieldKind.Checkbox, labelAttribute: "Label"));
        // Radzen.
        map.Add("RadzenTextBox", new ComponentBinding(FieldKind.Text, labelAttribute: "Placeholder"));
        map.Add("RadzenTextArea", new ComponentBinding(FieldKind.TextArea));
        map.Add("RadzenDatePicker", new ComponentBinding(FieldKind.Date));
        map.Add("RadzenNumeric", new ComponentBinding(FieldKind.Number));
        map.Add("RadzenDropDown", new ComponentBinding(FieldKind.Select, itemsAttribute: "Data", labelAttribute: "Placeholder"));
        map.Add("RadzenRadioButtonList", new ComponentBinding(FieldKind.RadioGroup, optionElement: "RadzenRadioButtonListItem", optionValueAttribute: "Value", optionTextAttribute: "Text", itemsAttribute: "Data"));
        map.Add("RadzenCheckBox", new ComponentBinding(FieldKind.Checkbox));
        return map;
    }

    public void Add(string element, ComponentBinding binding) => _map[element] = binding;

    /// <summary>The component names known, as added.</summary>
    public IEnumerable<string> Names => _map.Keys;

    public bool Remove(string element) => _map.Remove(element);

    /// <summary>
    /// A binding from a config entry (<c>AcmeSelect: { kind: select, option: AcmeOption, value: Value, text: Text, label: Label, items: Data }</c>).
    /// False with a reason when the kind is not one of text, email, tel, number, date, textarea, select, radio, checkbox, checkboxes, file.
    /// </summary>
    public static bool TryCreateBinding(string kind, string? option, string? value, string? text, string? label, string? items, out ComponentBinding? binding, out string? problem)
    {
        binding = null;
        problem = null;
        if (!TryParseKind(kind, out var fieldKind))
        {
            problem = $"unknown component kind '{kind}' (expected text, email, tel, number, date, textarea, select, radio, checkbox, checkboxes or file)";
            return false;
        }
        binding = new ComponentBinding(fieldKind, option, value ?? "value", text, label, items);
        return true;
    }

    public static bool TryParseKind(string? text, out FieldKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "text": kind = FieldKind.Text; return true;
            case "email": kind = FieldKind.Email; return true;
            case "tel": case "phone": kind = FieldKind.Tel; return true;
            case "number": kind = FieldKind.Number; return true;
            case "date": kind = FieldKind.Date; return true;
            case "textarea": kind = FieldKind.TextArea; return true;
            case "select": kind = FieldKind.Select; return true;
            case "radio": case "radiogroup": kind = FieldKind.RadioGroup; return true;
            case "checkbox": kind = FieldKind.Checkbox; return true;
            case "checkboxes": case "checkboxgroup": kind = FieldKind.CheckboxGroup; return true;
            case "file": kind = FieldKind.File; return true;
            default: kind = FieldKind.Other; return false;
        }
    }

    public bool TryGet(string element, out ComponentBinding binding) => _map.TryGetValue(element, out binding!);

    public bool IsOptionElement(string element)
    {
        foreach (var b in _map.Values)
        {
            if (b.OptionElement is not null && string.Equals(b.OptionElement, element, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public ComponentMap Clone()
    {
        var copy = new ComponentMap();
        foreach (var pair in _map) copy._map[pair.Key] = pair.Value;
        return copy;
    }
}
