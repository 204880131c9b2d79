using System.Security.Claims;
using IetPortal.Infrastructure.Persistence;

namespace IetPortal.Web.Authorization;

/// <summary>The signed-in user of the current request, for audit stamps.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
