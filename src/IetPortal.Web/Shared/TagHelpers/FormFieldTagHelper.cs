using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IetPortal.Web.Shared.TagHelpers;

/// <summary>
/// A USWDS form group for one field: label, optional hint, the field's error message and the input, wired together
/// with <c>aria-describedby</c> and <c>aria-invalid</c> (the GOV.UK/USWDS error pattern).
/// Usage: <c>&lt;form-field for="Email" label="Email address" type="email" autocomplete="username" /&gt;</c>.
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public string? Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public int? Rows { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = FieldIds.For(name);
        var entry = ViewContext.ViewData.ModelState.TryGetValue(name, out var state) ? state : null;
        var errors = entry?.ValidationState == ModelValidationState.Invalid ? entry.Errors : null;
        var hasError = errors is { Count: > 0 };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "usa-form-group usa-form-group--error" : "usa-form-group");

        var label = new TagBuilder("label");
        label.AddCssClass(hasError ? "usa-label usa-label--error" : "usa-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label ?? For.Metadata.DisplayName ?? name);
        output.Content.AppendHtml(label);

        var describedBy = new List<string>();
        if (!string.IsNullOrEmpty(Hint))
        {
            var hint = new TagBuilder("span");
            hint.AddCssClass("usa-hint");
            hint.Attributes["id"] = id + "-hint";
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
            describedBy.Add(id + "-hint");
        }

        if (hasError)
        {
            var message = new TagBuilder("span");
            message.AddCssClass("usa-error-message");
            message.Attributes["id"] = id + "-error";
            message.InnerHtml.Append(string.Join(" ", errors!.Select(e => e.ErrorMessage)));
            output.Content.AppendHtml(message);
            describedBy.Add(id + "-error");
        }

        var isTextArea = Type == "textarea";
        var input = new TagBuilder(isTextArea ? "textarea" : "input");
        input.AddCssClass(isTextArea ? "usa-textarea" : "usa-input");
        if (hasError)
        {
            input.AddCssClass("usa-input--error");
            input.Attributes["aria-invalid"] = "true";
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (describedBy.Count > 0)
        {
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        // Passwords are never echoed back; other fields show what the user typed, even when it was invalid.
        var value = Type == "password" ? null : entry?.AttemptedValue ?? Format(For.Model);
        if (isTextArea)
        {
            input.Attributes["rows"] = (Rows ?? 5).ToString(CultureInfo.InvariantCulture);
            input.InnerHtml.Append(value ?? "");
        }
        else
        {
            input.TagRenderMode = TagRenderMode.SelfClosing;
            input.Attributes["type"] = Type;
            if (value is not null)
            {
                input.Attributes["value"] = value;
            }
        }

        output.Content.AppendHtml(input);
    }

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
