using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IetPortal.Web.Shared.TagHelpers;

/// <summary>
/// A USWDS form group for one text-like field: label, optional hint, the field's error message and the input, wired
/// together with <c>aria-describedby</c> and <c>aria-invalid</c> (the GOV.UK/USWDS error pattern).
/// Usage: <c>&lt;form-field for="Email" label="Email address" type="email" autocomplete="username" /&gt;</c>;
/// <c>type</c> is any input type or <c>textarea</c>.
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
    public int? MaxLength { get; set; }
    public string? Step { get; set; }
    public string? Width { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = FieldState.Of(For, ViewContext);
        var describedBy = field.BeginGroup(output, Label ?? For.Metadata.DisplayName ?? For.Name, Hint, asFieldset: false);

        var isTextArea = Type == "textarea";
        var input = new TagBuilder(isTextArea ? "textarea" : "input");
        input.AddCssClass(isTextArea ? "usa-textarea" : "usa-input");
        if (!string.IsNullOrEmpty(Width))
        {
            input.AddCssClass("usa-input--" + Width);
        }

        if (field.HasError)
        {
            input.AddCssClass("usa-input--error");
        }

        input.Attributes["id"] = field.Id;
        input.Attributes["name"] = field.Name;
        field.Describe(input, describedBy);
        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (MaxLength is { } maxLength)
        {
            input.Attributes["maxlength"] = maxLength.ToString(CultureInfo.InvariantCulture);
        }

        // Passwords are never echoed back; other fields show what the user typed, even when it was invalid.
        var value = Type == "password" ? null : field.Entry?.AttemptedValue ?? Format(For.Model);
        if (isTextArea)
        {
            input.Attributes["rows"] = (Rows ?? 5).ToString(CultureInfo.InvariantCulture);
            input.InnerHtml.Append(value ?? "");
        }
        else
        {
            input.TagRenderMode = TagRenderMode.SelfClosing;
            input.Attributes["type"] = Type;
            if (!string.IsNullOrEmpty(Step))
            {
                input.Attributes["step"] = Step;
            }

            if (value is not null)
            {
                input.Attributes["value"] = value;
            }
        }

        output.Content.AppendHtml(input);
    }

    internal static string? Format(object? model) => model switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
