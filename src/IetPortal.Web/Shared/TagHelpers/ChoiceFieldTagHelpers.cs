using System.Collections;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IetPortal.Web.Shared.TagHelpers;

/// <summary>A labelled USWDS select. Usage: <c>&lt;select-field for="DeliveryMode" options="Model.DeliveryModes" placeholder="Choose" /&gt;</c>.</summary>
[HtmlTargetElement("select-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required IEnumerable<SelectListItem> Options { get; set; }
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public string? Placeholder { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = FieldState.Of(For, ViewContext);
        var describedBy = field.BeginGroup(output, Label ?? For.Metadata.DisplayName ?? For.Name, Hint, asFieldset: false);
        var selected = field.Entry?.AttemptedValue ?? FormFieldTagHelper.Format(For.Model);

        var select = new TagBuilder("select");
        select.AddCssClass(field.HasError ? "usa-select usa-input--error" : "usa-select");
        select.Attributes["id"] = field.Id;
        select.Attributes["name"] = field.Name;
        field.Describe(select, describedBy);
        if (Placeholder is not null)
        {
            select.InnerHtml.AppendHtml(Option("", Placeholder, string.IsNullOrEmpty(selected)));
        }

        foreach (var group in Options.GroupBy(o => o.Group?.Name))
        {
            var target = select;
            if (group.Key is not null)
            {
                target = new TagBuilder("optgroup");
                target.Attributes["label"] = group.Key;
            }

            foreach (var option in group)
            {
                target.InnerHtml.AppendHtml(Option(option.Value, option.Text, option.Value == selected));
            }

            if (target != select)
            {
                select.InnerHtml.AppendHtml(target);
            }
        }

        output.Content.AppendHtml(select);
    }

    private static TagBuilder Option(string value, string text, bool isSelected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (isSelected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}

/// <summary>
/// A fieldset of checkboxes (several values) or radios (one value), with legend, hint and error message.
/// Usage: <c>&lt;choice-field for="FundingSources" options="Model.FundingOptions" multiple="true" /&gt;</c>.
/// </summary>
[HtmlTargetElement("choice-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoiceFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required IEnumerable<SelectListItem> Options { get; set; }
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public bool Multiple { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = FieldState.Of(For, ViewContext);
        var describedBy = field.BeginGroup(output, Label ?? For.Metadata.DisplayName ?? For.Name, Hint, asFieldset: true);
        if (field.HasError)
        {
            // The fieldset is the error target of the summary's link.
            output.Attributes.SetAttribute("id", field.Id);
        }

        var chosen = field.Entry?.RawValue switch
        {
            string[] values => values.ToHashSet(),
            string value => [value],
            _ => For.Model is IEnumerable values and not string
                ? values.Cast<object>().Select(v => FormFieldTagHelper.Format(v) ?? "").ToHashSet()
                : [FormFieldTagHelper.Format(For.Model) ?? ""],
        };

        var index = 0;
        foreach (var option in Options)
        {
            var optionId = $"{field.Id}-{index++}";
            var wrapper = new TagBuilder("div");
            wrapper.AddCssClass(Multiple ? "usa-checkbox" : "usa-radio");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass(Multiple ? "usa-checkbox__input" : "usa-radio__input");
            input.Attributes["type"] = Multiple ? "checkbox" : "radio";
            input.Attributes["id"] = optionId;
            input.Attributes["name"] = field.Name;
            input.Attributes["value"] = option.Value;
            if (chosen.Contains(option.Value))
            {
                input.Attributes["checked"] = "checked";
            }

            field.Describe(input, describedBy);
            var label = new TagBuilder("label");
            label.AddCssClass(Multiple ? "usa-checkbox__label" : "usa-radio__label");
            label.Attributes["for"] = optionId;
            label.InnerHtml.Append(option.Text);
            wrapper.InnerHtml.AppendHtml(input);
            wrapper.InnerHtml.AppendHtml(label);
            output.Content.AppendHtml(wrapper);
        }
    }
}
