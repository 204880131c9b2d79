using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IetPortal.Web.Features.Attachments;

/// <summary>
/// Turns an upload that breaks the request or multipart limits into the panel's ordinary "must be 10 MB or smaller"
/// message. Without it the form fails to parse inside the antiforgery check, which answers a bare 400 (and the status
/// page, re-executed as a POST, fails the same way). Runs after the limit filters (order 900) have set the limits and
/// before antiforgery (order 1000); refusing only redirects and changes nothing, so it may run before that check.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OversizedUploadAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType)
        {
            return;
        }

        try
        {
            // Parsed once here; the antiforgery check and model binding reuse the parsed form.
            await http.Request.ReadFormAsync(http.RequestAborted);
            return;
        }
        catch (InvalidDataException)
        {
            // The multipart body length limit.
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The request body size limit.
        }

        // The form could not be read, so the return URL travels in the query string of the form's action.
        var url = http.RequestServices.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(context);
        var back = PanelReturnUrl.Resolve(url, context.RouteData.Values["id"], http.Request.Query["returnUrl"].ToString());

        // Authorization filters short-circuit before the filter that saves TempData, so save it here.
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData[AttachmentsController.ErrorKey] = AttachmentLimits.TooLargeMessage;
        tempData[AttachmentsController.ErrorFieldKey] = nameof(AttachmentUploadForm.File);
        tempData.Save();
        context.Result = new LocalRedirectResult(PanelReturnUrl.ToPanel(back));
    }
}
