using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Hosting;

/// <summary>
/// ASP.NET Core's cookie TempData, except that a page which read TempData and found nothing does not answer with a
/// header deleting a cookie the browser never had. The layout reads TempData on every page (for the status message
/// after a save), so without this every page carried a Set-Cookie, which also kept the public catalog out of the
/// output cache (responses that set cookies are never cached).
/// </summary>
internal sealed class QuietTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
        {
            return;
        }

        cookies.SaveTempData(context, values);
    }
}
