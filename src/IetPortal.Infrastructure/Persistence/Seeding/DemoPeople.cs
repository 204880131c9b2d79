using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>
/// The generated accounts: a few college staff per college and several state reviewers (two with a declared conflict of
/// interest), stored as ASP.NET Core Identity creates users (normalized names, security stamp, role rows; the college
/// claim comes from <see cref="ApplicationUser.CollegeId"/> at sign-in). Their email domain marks the data as generated.
/// </summary>
internal sealed class DemoPeople
{
    public const string EmailDomain = DemoDataOptions.EmailDomain;
    public const int StaffPerCollege = 3;
    public const int Reviewers = 8;

    private DemoPeople(Dictionary<int, List<DemoPerson>> staff, List<DemoPerson> reviewers, Dictionary<string, int[]> conflicts)
    {
        Staff = staff;
        ReviewerList = reviewers;
        Conflicts = conflicts;
    }

    public IReadOnlyDictionary<int, List<DemoPerson>> Staff { get; }
    public IReadOnlyList<DemoPerson> ReviewerList { get; }

    /// <summary>Reviewer id → colleges they declared a conflict of interest with.</summary>
    public IReadOnlyDictionary<string, int[]> Conflicts { get; }

    public static string UpperDomain => "@" + EmailDomain.ToUpperInvariant();

    public static Task<int> CountAsync(IetPortalDbContext db, CancellationToken ct) =>
        db.Users.CountAsync(u => u.NormalizedEmail!.EndsWith(UpperDomain), ct);

    /// <summary>Creates the accounts (or, when appending, reads the ones a previous run created).</summary>
    public static async Task<(DemoPeople People, int UsersCreated, int Declarations)> EnsureAsync(
        IetPortalDbContext db, DemoReferenceData reference, Random rng, DateTime asOf, CancellationToken ct)
    {
        var existing = await (from user in db.Users
                              where user.NormalizedEmail!.EndsWith(UpperDomain)
                              join link in db.UserRoles on user.Id equals link.UserId
                              join role in db.Roles on link.RoleId equals role.Id
                              orderby user.Email
                              select new { user.Id, user.DisplayName, user.CollegeId, Role = role.Name }).ToListAsync(ct);
        if (existing.Count > 0)
        {
            var conflicts = await db.ConflictOfInterestDeclarations.AsNoTracking()
                .Where(d => existing.Select(u => u.Id).Contains(d.ReviewerId))
                .GroupBy(d => d.ReviewerId).ToDictionaryAsync(g => g.Key, g => g.Select(d => d.CollegeId).ToArray(), ct);
            return (new DemoPeople(
                existing.Where(u => u.Role == RoleNames.CollegeStaff && u.CollegeId is not null)
                    .GroupBy(u => u.CollegeId!.Value).ToDictionary(g => g.Key, g => g.Select(u => new DemoPerson(u.Id, u.DisplayName)).ToList()),
                existing.Where(u => u.Role == RoleNames.StateReviewer).Select(u => new DemoPerson(u.Id, u.DisplayName)).ToList(),
                conflicts), 0, 0);
        }

        var roles = await EnsureRolesAsync(db, ct);
        // Password hashing is deliberately slow: hash once and give every generated account the same hash.
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), DemoDataOptions.DefaultPassword);
        var created = asOf.AddDays(-5 * 365 - 30);
        var staff = new Dictionary<int, List<DemoPerson>>();
        foreach (var college in reference.Colleges)
        {
            var people = new List<DemoPerson>();
            for (var n = 1; n <= StaffPerCollege; n++)
            {
                var name = $"{DemoProposalContent.PersonName(rng)} ({college.Code})";
                people.Add(Add(db, rng, hash, $"staff{n}.{college.Code.ToLowerInvariant()}@{EmailDomain}", name, college.Id, roles[RoleNames.CollegeStaff], created, asOf));
            }

            staff[college.Id] = people;
        }

        var reviewers = new List<DemoPerson>();
        for (var n = 1; n <= Reviewers; n++)
        {
            reviewers.Add(Add(db, rng, hash, $"reviewer{n}@{EmailDomain}", $"{DemoProposalContent.PersonName(rng)} (WTCS reviewer)", null, roles[RoleNames.StateReviewer], created, asOf));
        }

        // Two reviewers once worked at a college and never review its proposals.
        var declared = new Dictionary<string, int[]>();
        foreach (var (reviewer, college) in new[] { (reviewers[1], reference.Colleges[2 % reference.Colleges.Count]), (reviewers[4], reference.Colleges[7 % reference.Colleges.Count]) })
        {
            db.ConflictOfInterestDeclarations.Add(new ConflictOfInterestDeclaration
            {
                ReviewerId = reviewer.Id,
                CollegeId = college.Id,
                Reason = $"Previously employed by {college.Name}.",
                DeclaredAtUtc = created.AddDays(3),
            });
            declared[reviewer.Id] = [college.Id];
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (new DemoPeople(staff, reviewers, declared), staff.Values.Sum(s => s.Count) + reviewers.Count, declared.Count);
    }

    private static DemoPerson Add(IetPortalDbContext db, Random rng, string hash, string email, string name, int? collegeId, string roleId, DateTime created, DateTime asOf)
    {
        var user = new ApplicationUser
        {
            Id = DemoKeys.NewGuid(rng).ToString(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = hash,
            SecurityStamp = DemoKeys.NewGuid(rng).ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = DemoKeys.NewGuid(rng).ToString(),
            LockoutEnabled = true,
            DisplayName = name,
            CollegeId = collegeId,
            CreatedAtUtc = created,
            LastSignInAtUtc = asOf.AddMinutes(-rng.Next(30 * 24 * 60)),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        return new DemoPerson(user.Id, name);
    }

    private static async Task<Dictionary<string, string>> EnsureRolesAsync(IetPortalDbContext db, CancellationToken ct)
    {
        var roles = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        foreach (var name in RoleNames.All.Where(n => !roles.ContainsKey(n)))
        {
            var role = new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() };
            db.Roles.Add(role);
            roles[name] = role.Id;
        }

        return roles;
    }
}

internal sealed record DemoPerson(string Id, string Name);
