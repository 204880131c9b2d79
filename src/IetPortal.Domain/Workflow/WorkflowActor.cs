using IetPortal.Domain.Common;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// The signed-in user as the workflow sees them: roles (<see cref="RoleNames"/>), the college a staff member belongs
/// to, and the colleges a reviewer declared a conflict of interest with. Plain data, so the web layer builds it from
/// claims and the profile without the domain knowing about ASP.NET.
/// </summary>
public sealed record WorkflowActor
{
    public WorkflowActor(string userId, IReadOnlyCollection<string> roles, int? collegeId = null, IReadOnlyCollection<int>? conflictedCollegeIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(roles);
        UserId = userId;
        Roles = roles;
        CollegeId = collegeId;
        ConflictedCollegeIds = conflictedCollegeIds ?? [];
    }

    public string UserId { get; }
    public IReadOnlyCollection<string> Roles { get; }

    /// <summary>The college a staff member belongs to; null for System Office users.</summary>
    public int? CollegeId { get; }

    /// <summary>Colleges this user declared a conflict of interest with (their ConflictOfInterestDeclaration rows).</summary>
    public IReadOnlyCollection<int> ConflictedCollegeIds { get; }

    public static WorkflowActor CollegeStaff(string userId, int collegeId) => new(userId, [RoleNames.CollegeStaff], collegeId);

    public static WorkflowActor StateReviewer(string userId, params IReadOnlyCollection<int> conflictedCollegeIds) =>
        new(userId, [RoleNames.StateReviewer], conflictedCollegeIds: conflictedCollegeIds);

    public static WorkflowActor Administrator(string userId) => new(userId, [RoleNames.Administrator]);

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool IsStaffOf(int collegeId) => HasRole(RoleNames.CollegeStaff) && CollegeId == collegeId;

    public bool IsConflictedWith(int collegeId) => ConflictedCollegeIds.Contains(collegeId);

    /// <summary>Whether the actor belongs to at least one of the parties allowed to take a transition.</summary>
    public bool IsAmong(WorkflowParty parties, int owningCollegeId) =>
        (parties.HasFlag(WorkflowParty.OwningCollegeStaff) && IsStaffOf(owningCollegeId))
        || (parties.HasFlag(WorkflowParty.StateReviewer) && HasRole(RoleNames.StateReviewer))
        || (parties.HasFlag(WorkflowParty.Administrator) && HasRole(RoleNames.Administrator));
}
