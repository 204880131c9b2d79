using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Identity;

/// <summary>A demo account for Development, configured in appsettings.Development.json.</summary>
public sealed class DemoAccount
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public string? CollegeCode { get; set; }
    public string Password { get; set; } = "";
}

/// <summary>Roles always; demo accounts in Development only; the first administrator on request.</summary>
public sealed class IdentitySeeder(
    RoleManager<IdentityRole> roles, UserManager<ApplicationUser> users, IetPortalDbContext db, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    public async Task EnsureDemoAccountsAsync(IEnumerable<DemoAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        foreach (var account in accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            int? collegeId = account.CollegeCode is null
                ? null
                : await db.Colleges.Where(c => c.Code == account.CollegeCode).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
                  ?? throw new InvalidOperationException($"Demo account {account.Email} names unknown college {account.CollegeCode}.");
            await CreateUserAsync(account.Email, account.DisplayName, account.Role, collegeId, account.Password);
        }
    }

    /// <summary>Creates a user with a role, confirmed and ready to sign in.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, string displayName, string role, int? collegeId, string password)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CollegeId = collegeId,
            LockoutEnabled = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        ThrowIfFailed(await users.CreateAsync(user, password), $"create user {email}");
        ThrowIfFailed(await users.AddToRoleAsync(user, role), $"add {email} to {role}");
        return user;
    }

    private static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
