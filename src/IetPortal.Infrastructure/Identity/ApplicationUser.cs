using IetPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace IetPortal.Infrastructure.Identity;

/// <summary>A signed-in user: college staff belong to one college; reviewers and administrators to the System Office.</summary>
public class ApplicationUser : IdentityUser
{
    [ProtectedPersonalData]
    public string DisplayName { get; set; } = "";

    public int? CollegeId { get; set; }
    public DateTime? LastSignInAtUtc { get; set; }
    public DateTime? InvitedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public static int MaxDisplayNameLength => FieldLengths.ShortText;
}
