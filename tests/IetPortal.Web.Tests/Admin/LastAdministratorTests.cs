using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Admin;

/// <summary>
/// Someone must always be able to administer IetPortal: the last active administrator keeps the role and is never
/// locked. Its own database, so the number of administrators is known.
/// </summary>
public sealed class LastAdministratorTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>
    /// An administrator still signed in whose account was locked meanwhile (their cookie lives until its next
    /// validation): they are not active, so <paramref name="last"/> is the only active administrator.
    /// </summary>
    private async Task<AppClient> LockedOutAdministratorActingOnAsync(TestUser last)
    {
        var actor = await app.CreateUserAsync(RoleNames.Administrator);
        var client = app.CreateAppClient();
        await client.SignInAsync(actor);
        await app.WithDbAsync(async db =>
        {
            var adminRole = await db.Roles.Where(r => r.Name == RoleNames.Administrator).Select(r => r.Id).SingleAsync();
            var others = await db.Users.Where(u => u.Id != last.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRole)).ToListAsync();
            others.ForEach(u => u.LockoutEnd = DateTimeOffset.UtcNow.AddYears(1));
            return await db.SaveChangesAsync();
        });
        return client;
    }

    [Fact]
    public async Task The_Administrator_role_cannot_be_removed_from_the_last_active_administrator()
    {
        var last = await app.CreateUserAsync(RoleNames.Administrator);
        using var client = await LockedOutAdministratorActingOnAsync(last);
        var url = $"/admin/users/{last.Id}";

        using var response = await client.SubmitFormAsync(url, $"{url}/access", new Dictionary<string, string>
        {
            ["Access.ConcurrencyStamp"] = await client.ValueAsync(url, "Access.ConcurrencyStamp"),
            ["Access.Role"] = RoleNames.StateReviewer,
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is the last active administrator, so the Administrator role cannot be removed", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("#Access_Role", page.ErrorLinks());
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == last.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == RoleNames.Administrator))));
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_locked()
    {
        var last = await app.CreateUserAsync(RoleNames.Administrator);
        using var client = await LockedOutAdministratorActingOnAsync(last);
        var url = $"/admin/users/{last.Id}";

        using var response = await client.SubmitFormAsync(url, $"{url}/lock", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is the last active administrator, so the account cannot be locked", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == last.Id).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_who_is_not_the_last_can_be_changed_to_reviewer()
    {
        var first = await app.CreateUserAsync(RoleNames.Administrator);
        var second = await app.CreateUserAsync(RoleNames.Administrator);
        using var client = app.CreateAppClient();
        await client.SignInAsync(first);
        var url = $"/admin/users/{second.Id}";

        using var response = await client.SubmitFormAsync(url, $"{url}/access", new Dictionary<string, string>
        {
            ["Access.ConcurrencyStamp"] = await client.ValueAsync(url, "Access.ConcurrencyStamp"),
            ["Access.Role"] = RoleNames.StateReviewer,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
