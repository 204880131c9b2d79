using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IetPortal.Web.Shared.TagHelpers;

/// <summary>What every field tag helper needs: the field's name and id, its attempted value and its errors.</summary>
internal sealed class FieldState
{
    private FieldState(string name, ModelStateEntry? entry)
    {
        Name = name;
        Id = FieldIds.For(name);
        Entry = entry;
        Errors = entry?.ValidationState == ModelValidationState.Invalid
            ? entry.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "Enter a valid value." : e.ErrorMessage).ToList()
            : [];
    }

    public string Name { get; }
    public string Id { get; }
    public ModelStateEntry? Entry { get; }
    public IReadOnlyList<string> Errors { get; }
    public bool HasError => Errors.Count > 0;

    /// <summary>The field's full name includes the prefix of a partial rendered with <c>for</c> (e.g. "Form.").</summary>
    public static FieldState Of(ModelExpression field, ViewContext context)
    {
        var name = context.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
        return new(name, context.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null);
    }

    /// <summary>Starts the USWDS form group and appends label, hint and error; returns the ids the input is described by.</summary>
    public List<string> BeginGroup(TagHelperOutput output, string label, string? hint, bool asFieldset)
    {
        output.TagName = asFieldset ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var groupClass = asFieldset ? "usa-fieldset usa-form-group" : "usa-form-group";
        output.Attributes.SetAttribute("class", HasError ? groupClass + " usa-form-group--error" : groupClass);

        var heading = new TagBuilder(asFieldset ? "legend" : "label");
        heading.AddCssClass(asFieldset ? "usa-legend" : HasError ? "usa-label usa-label--error" : "usa-label");
        if (!asFieldset)
        {
            heading.Attributes["for"] = Id;
        }

        heading.InnerHtml.Append(label);
        output.Content.AppendHtml(heading);

        var describedBy = new List<string>();
        if (!string.IsNullOrEmpty(hint))
        {
            var hintTag = new TagBuilder("span");
            hintTag.AddCssClass("usa-hint");
            hintTag.Attributes["id"] = Id + "-hint";
            hintTag.InnerHtml.Append(hint);
            output.Content.AppendHtml(hintTag);
            describedBy.Add(Id + "-hint");
        }

        if (HasError)
        {
            var message = new TagBuilder("span");
            message.AddCssClass("usa-error-message");
            message.Attributes["id"] = Id + "-error";
            message.InnerHtml.Append(string.Join(" ", Errors));
            output.Content.AppendHtml(message);
            describedBy.Add(Id + "-error");
        }

        return describedBy;
    }

    public void Describe(TagBuilder input, List<string> describedBy)
    {
        if (describedBy.Count > 0)
        {
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (HasError)
        {
            input.Attributes["aria-invalid"] = "true";
        }
    }
}
