using Microsoft.AspNetCore.Mvc.Razor;

namespace IetPortal.Web.Hosting;

/// <summary>One feature is one folder: views live beside their controller in Features/&lt;Feature&gt;/.</summary>
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
    [
        "/Features/{1}/{0}.cshtml",
        "/Shared/{0}.cshtml",
    ];
}
