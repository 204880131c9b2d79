using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Infrastructure;

/// <summary>One controller action as the app exposes it: its methods, a concrete URL and its authorization metadata.</summary>
public sealed partial record AppEndpoint(string Name, IReadOnlyList<string> Methods, string Template, ActionDescriptor Action)
{
    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public bool IsUnsafe => Methods.Any(m => UnsafeMethods.Contains(m));

    public bool AllowsAnonymous => Action.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    public IReadOnlyList<string> Policies => Action.EndpointMetadata.OfType<IAuthorizeData>()
        .Select(a => a.Policy).OfType<string>().Where(p => p.Length > 0).ToList();

    /// <summary>The URL with every route parameter filled with 1 (enough to reach authorization and antiforgery).</summary>
    public string SampleUrl => "/" + RouteParameter().Replace(Template, "1").TrimStart('/');

    public override string ToString() => $"{string.Join('|', Methods)} /{Template} ({Name})";

    /// <summary>Every controller action of the app, read from the running app so a new one cannot escape.</summary>
    public static IReadOnlyList<AppEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Select(a => new AppEndpoint(
                $"{a.ControllerName}.{a.ActionName}",
                a.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).Distinct().DefaultIfEmpty("GET").ToList(),
                a.AttributeRouteInfo?.Template ?? throw new InvalidOperationException($"{a.DisplayName} has no attribute route"),
                a))
            .ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
