using IetPortal.Domain.Common;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IetPortal.Web.Features.Home;

/// <summary>Sends each signed-in user to the home page of their role.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index()
    {
        if (User.IsInRole(RoleNames.CollegeStaff))
        {
            return Redirect("/proposals");
        }

        if (User.IsInRole(RoleNames.StateReviewer))
        {
            return Redirect("/review");
        }

        if (User.IsInRole(RoleNames.Administrator))
        {
            return Redirect("/admin");
        }

        return View("NoRole");
    }
}
