using AngleSharp.Html.Dom;

namespace IetPortal.LoadDriver.Http;

/// <summary>
/// The name/value pairs a browser would post for a form: every named input, the ticked checkboxes and radios, the
/// selected options, the text areas, and no button unless one is named as the submitter. Then changed field by field.
/// </summary>
internal sealed class FormValues
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public static FormValues Of(IHtmlFormElement form)
    {
        var values = new FormValues();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    var type = (input.Type ?? "text").ToUpperInvariant();
                    if (type is "SUBMIT" or "BUTTON" or "IMAGE" or "RESET" or "FILE")
                    {
                        break;
                    }

                    if (type is "CHECKBOX" or "RADIO")
                    {
                        if (input.IsChecked)
                        {
                            values.Add(input.Name, input.Value ?? "on");
                        }

                        break;
                    }

                    values.Add(input.Name, input.Value ?? "");
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]!);
                    }

                    foreach (var option in selected)
                    {
                        values.Add(select.Name, option.Value);
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    values.Add(area.Name, area.Value);
                    break;
            }
        }

        return values;
    }

    public FormValues Add(string name, string value)
    {
        _pairs.Add(new(name, value));
        return this;
    }

    /// <summary>Replaces every value of the field; null leaves it out (an unticked checkbox).</summary>
    public FormValues Set(string name, string? value)
    {
        _pairs.RemoveAll(p => string.Equals(p.Key, name, StringComparison.Ordinal));
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    public FormValues SetAll(string name, IEnumerable<string> values)
    {
        _pairs.RemoveAll(p => string.Equals(p.Key, name, StringComparison.Ordinal));
        foreach (var value in values)
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Removes every field whose name starts with the prefix, e.g. all rows "Form.Objectives[".</summary>
    public FormValues RemovePrefix(string prefix)
    {
        _pairs.RemoveAll(p => p.Key.StartsWith(prefix, StringComparison.Ordinal));
        return this;
    }

    public string? Get(string name) =>
        _pairs.Where(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault();

    public IReadOnlyList<string> GetAll(string name) =>
        [.. _pairs.Where(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Select(p => p.Value)];

    public IEnumerable<string> Names => _pairs.Select(p => p.Key).Distinct(StringComparer.Ordinal);
}
