using System.Net;
using System.Text.RegularExpressions;
using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Admin;

/// <summary>Users through HTTP: list, invite by email, accept the invitation, roles, colleges, lock and unlock.</summary>
public abstract partial class UserAdminTests(IetPortalFactory app)
{
    private const string Passphrase = "Kettle-Moraine-Autumn-Trail";

    private static string NewEmail() => $"invitee-{Guid.NewGuid():N}@college.example.edu";

    private async Task<HttpResponseMessage> InviteAsync(AppClient client, string email, string role, string? collegeCode)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "Jordan Vang",
            ["Form.Email"] = email,
            ["Form.Role"] = role,
        };
        if (collegeCode is not null)
        {
            fields["Form.CollegeId"] = (await app.CollegeIdAsync(collegeCode)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await client.SubmitFormAsync("/admin/users/invite", "/admin/users/invite", fields);
    }

    /// <summary>The link in the newest invitation to the address, once the outbox has delivered it.</summary>
    private async Task<Uri> InvitationLinkToAsync(string email)
    {
        await app.DispatchEmailsAsync();
        return new(InvitationLink().Match(app.Emails.Sent.Last(m => m.ToAddress == email).BodyText).Value);
    }

    private static Dictionary<string, string> Acceptance(Uri link, string password)
    {
        var query = QueryHelpers.ParseQuery(link.Query);
        return new Dictionary<string, string>
        {
            ["Email"] = query["email"]!,
            ["Code"] = query["code"]!,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        };
    }

    private Task<ApplicationUser> UserAsync(string email) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    private async Task<IList<string>> RolesAsync(string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId))!);
    }

    [Fact]
    public async Task An_invited_user_gets_an_email_with_a_single_use_link_chooses_a_password_and_is_signed_in()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var email = NewEmail();

        using var invited = await InviteAsync(admin, email, RoleNames.CollegeStaff, "MATC");
        var user = await UserAsync(email);
        var queued = Assert.Single(await app.OutboxToAsync(email));
        Assert.DoesNotContain(app.Emails.Sent, m => m.ToAddress == email);
        var link = await InvitationLinkToAsync(email);
        var message = Assert.Single(app.Emails.Sent, m => m.ToAddress == email);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal($"/admin/users/{user.Id}", invited.Headers.Location?.OriginalString);
        Assert.Null(user.PasswordHash);
        Assert.NotNull(user.InvitedAtUtc);
        Assert.Equal(await app.CollegeIdAsync("MATC"), user.CollegeId);
        Assert.Equal([RoleNames.CollegeStaff], await RolesAsync(user.Id));
        Assert.Equal("Invitation", queued.Kind);
        Assert.Equal("You are invited to IetPortal", message.Subject);
        Assert.Contains("valid for 2 hours", message.BodyText, StringComparison.Ordinal);
        Assert.Contains("college staff of Milwaukee Area Technical College", message.BodyText, StringComparison.Ordinal);
        Assert.Equal("/account/accept-invitation", link.AbsolutePath);
        Assert.Equal(email, QueryHelpers.ParseQuery(link.Query)["email"]);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == user.Id && e.Action == "User invited")));

        using var invitee = app.CreateAppClient();
        var form = await invitee.GetDocumentAsync(link.PathAndQuery);
        Assert.Equal(email, form.QuerySelector("#Email")?.GetAttribute("value"));
        using var accepted = await invitee.SubmitFormAsync(link.PathAndQuery, "/account/accept-invitation", Acceptance(link, Passphrase));
        using var home = await invitee.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location?.OriginalString);
        Assert.Equal("/proposals", home.Headers.Location?.OriginalString);
        var active = await UserAsync(email);
        Assert.NotNull(active.PasswordHash);
        Assert.True(active.EmailConfirmed);
        Assert.NotNull(active.LastSignInAtUtc);

        using var again = app.CreateAppClient();
        using var reused = await again.SubmitFormAsync(link.PathAndQuery, "/account/accept-invitation", Acceptance(link, "Another-Long-Passphrase-2026"));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("invalid, has expired or has already been used", (await reused.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        using var signIn = await again.LoginAsync(email, Passphrase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("short", "at least 12 characters")]
    [InlineData("password1234", "harder to guess")]
    public async Task Accepting_an_invitation_with_a_weak_password_is_refused_and_the_link_still_works(string password, string reason)
    {
        using var admin = await app.SignedInAdministratorAsync();
        var email = NewEmail();
        using var invited = await InviteAsync(admin, email, RoleNames.StateReviewer, null);
        var link = await InvitationLinkToAsync(email);
        using var invitee = app.CreateAppClient();

        using var weak = await invitee.SubmitFormAsync(link.PathAndQuery, "/account/accept-invitation", Acceptance(link, password));
        using var strong = await invitee.SubmitFormAsync(link.PathAndQuery, "/account/accept-invitation", Acceptance(link, Passphrase));

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains(reason, (await weak.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, strong.StatusCode);
    }

    [Fact]
    public async Task A_tampered_invitation_code_is_refused()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var email = NewEmail();
        using var invited = await InviteAsync(admin, email, RoleNames.StateReviewer, null);
        var fields = Acceptance(await InvitationLinkToAsync(email), Passphrase);
        fields["Code"] = "not-a-real-code";
        using var invitee = app.CreateAppClient();

        using var response = await invitee.SubmitFormAsync("/account/accept-invitation", "/account/accept-invitation", fields);

        Assert.Contains("invalid, has expired or has already been used", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Null((await UserAsync(email)).PasswordHash);
    }

    [Fact]
    public async Task A_new_invitation_voids_the_earlier_link()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var email = NewEmail();
        using var invited = await InviteAsync(admin, email, RoleNames.Administrator, null);
        var first = await InvitationLinkToAsync(email);
        var user = await UserAsync(email);

        using var resent = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/resend-invitation", new Dictionary<string, string>());
        var second = await InvitationLinkToAsync(email);
        using var invitee = app.CreateAppClient();
        using var old = await invitee.SubmitFormAsync(first.PathAndQuery, "/account/accept-invitation", Acceptance(first, Passphrase));
        using var fresh = await invitee.SubmitFormAsync(second.PathAndQuery, "/account/accept-invitation", Acceptance(second, Passphrase));

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(2, app.Emails.Sent.Count(m => m.ToAddress == email));
        Assert.Contains("invalid, has expired or has already been used", (await old.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task An_invitation_is_not_resent_to_a_user_who_has_a_password()
    {
        var user = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var admin = await app.SignedInAdministratorAsync();

        using var response = await admin.PostWithoutItsFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/resend-invitation", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has already accepted the invitation", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await app.OutboxToAsync(user.Email));
    }

    public static TheoryData<string, string, string?, string, string> InvalidInvitations => new()
    {
        { "Jordan Vang", RoleNames.CollegeStaff, null, "Choose the college of the staff member.", "#Form_CollegeId" },
        { "Jordan Vang", RoleNames.StateReviewer, "MATC", "Only college staff belong to a college", "#Form_CollegeId" },
        { "Jordan Vang", RoleNames.Administrator, "MATC", "Only college staff belong to a college", "#Form_CollegeId" },
        { "Jordan Vang", "Superuser", null, "Choose a role from the list.", "#Form_Role" },
        { "", RoleNames.StateReviewer, null, "Enter the person's name.", "#Form_DisplayName" },
        { new string('j', 201), RoleNames.StateReviewer, null, "Name must be 200 characters or fewer.", "#Form_DisplayName" },
        { "Jordan\u202E Vang", RoleNames.StateReviewer, null, "Name contains control or hidden formatting characters", "#Form_DisplayName" },
    };

    [Theory]
    [MemberData(nameof(InvalidInvitations))]
    public async Task An_invitation_with_a_wrong_role_college_or_name_is_refused(string name, string role, string? college, string message, string link)
    {
        using var admin = await app.SignedInAdministratorAsync();
        var email = NewEmail();
        var fields = new Dictionary<string, string> { ["Form.DisplayName"] = name, ["Form.Email"] = email, ["Form.Role"] = role };
        if (college is not null)
        {
            fields["Form.CollegeId"] = (await app.CollegeIdAsync(college)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var response = await admin.SubmitFormAsync("/admin/users/invite", "/admin/users/invite", fields);
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains(link, page.ErrorLinks());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Empty(await app.OutboxToAsync(email));
    }

    [Theory]
    [InlineData("not-an-email", "Enter an email address in the correct format")]
    [InlineData("", "Enter the email address of the person to invite.")]
    public async Task An_invitation_to_a_malformed_address_is_refused(string email, string message)
    {
        using var admin = await app.SignedInAdministratorAsync();

        using var response = await InviteAsync(admin, email, RoleNames.StateReviewer, null);

        Assert.Contains(message, (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_is_not_invited_again()
    {
        var existing = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var admin = await app.SignedInAdministratorAsync();

        using var response = await InviteAsync(admin, existing.Email, RoleNames.StateReviewer, null);

        Assert.Contains("An account with this email address already exists.", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await app.OutboxToAsync(existing.Email));
    }

    [Fact]
    public async Task The_user_list_shows_status_and_last_sign_in_and_filters_by_role()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using (var signedIn = app.CreateAppClient())
        {
            await signedIn.SignInAsync(reviewer);
        }

        using var admin = await app.SignedInAdministratorAsync();
        var invitedEmail = NewEmail();
        using var invited = await InviteAsync(admin, invitedEmail, RoleNames.CollegeStaff, "MADISON");

        var all = await admin.GetDocumentAsync("/admin/users");
        var reviewers = await admin.GetDocumentAsync("/admin/users?role=StateReviewer");

        var invitedRow = all.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(invitedEmail, StringComparison.Ordinal));
        Assert.Equal("Invited", invitedRow.QuerySelector("td[data-label='Status']")?.TextContent);
        Assert.Equal("Never", invitedRow.QuerySelector("td[data-label='Last sign-in']")?.TextContent);
        Assert.Contains("Madison", invitedRow.QuerySelector("td[data-label='College']")?.TextContent, StringComparison.Ordinal);
        var reviewerRow = reviewers.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(reviewer.Email, StringComparison.Ordinal));
        Assert.Equal("Active", reviewerRow.QuerySelector("td[data-label='Status']")?.TextContent);
        Assert.NotEqual("Never", reviewerRow.QuerySelector("td[data-label='Last sign-in']")?.TextContent);
        Assert.All(reviewers.QuerySelectorAll("td[data-label='Role']"), cell => Assert.Contains("State reviewer", cell.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(invitedEmail, reviewers.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_user_to_reviewer_removes_the_college_and_the_old_role()
    {
        var staff = await app.CreateStaffAsync("MATC");
        using var admin = await app.SignedInAdministratorAsync();
        var url = $"/admin/users/{staff.Id}";

        using var response = await admin.SubmitFormAsync(url, $"{url}/access", new Dictionary<string, string>
        {
            ["Access.ConcurrencyStamp"] = await admin.ValueAsync(url, "Access.ConcurrencyStamp"),
            ["Access.Role"] = RoleNames.StateReviewer,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([RoleNames.StateReviewer], await RolesAsync(staff.Id));
        Assert.Null((await UserAsync(staff.Email)).CollegeId);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == staff.Id && e.Action == "User role changed")));
    }

    [Fact]
    public async Task A_staff_role_needs_a_college()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var admin = await app.SignedInAdministratorAsync();
        var url = $"/admin/users/{reviewer.Id}";

        using var response = await admin.SubmitFormAsync(url, $"{url}/access", new Dictionary<string, string>
        {
            ["Access.ConcurrencyStamp"] = await admin.ValueAsync(url, "Access.ConcurrencyStamp"),
            ["Access.Role"] = RoleNames.CollegeStaff,
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the college of the staff member.", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("#Access_CollegeId", page.ErrorLinks());
        Assert.Equal([RoleNames.StateReviewer], await RolesAsync(reviewer.Id));
    }

    [Fact]
    public async Task A_role_change_from_a_stale_page_is_refused_with_the_saved_values()
    {
        var staff = await app.CreateStaffAsync("MATC");
        using var admin = await app.SignedInAdministratorAsync();
        var url = $"/admin/users/{staff.Id}";
        var stamp = await admin.ValueAsync(url, "Access.ConcurrencyStamp");
        using var first = await admin.SubmitFormAsync(url, $"{url}/access", new Dictionary<string, string>
        {
            ["Access.ConcurrencyStamp"] = stamp,
            ["Access.Role"] = RoleNames.CollegeStaff,
            ["Access.CollegeId"] = (await app.CollegeIdAsync("MADISON")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        using var stale = await admin.SubmitFormAsync(url, $"{url}/access", new Dictionary<string, string>
        {
            ["Access.ConcurrencyStamp"] = stamp,
            ["Access.Role"] = RoleNames.StateReviewer,
        });
        var page = await stale.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else saved this user", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Madison", page.QuerySelector("#conflict-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([RoleNames.CollegeStaff], await RolesAsync(staff.Id));
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked()
    {
        var staff = await app.CreateStaffAsync("MATC");
        using var admin = await app.SignedInAdministratorAsync();
        var url = $"/admin/users/{staff.Id}";

        using var locked = await admin.SubmitFormAsync(url, $"{url}/lock", new Dictionary<string, string>());
        using var whileLocked = app.CreateAppClient();
        using var refused = await whileLocked.LoginAsync(staff.Email, staff.Password);
        var page = await admin.GetDocumentAsync(url);
        using var unlocked = await admin.SubmitFormAsync(url, $"{url}/unlock", new Dictionary<string, string>());
        using var afterwards = app.CreateAppClient();
        using var accepted = await afterwards.LoginAsync(staff.Email, staff.Password);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The account is locked", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == staff.Id && e.Action == "User locked")));
    }

    [Fact]
    public async Task Locking_ends_the_sessions_the_user_already_has()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var session = app.CreateAppClient();
        await session.SignInAsync(reviewer);
        using var admin = await app.SignedInAdministratorAsync();
        var before = (await UserAsync(reviewer.Email)).SecurityStamp;

        using var locked = await admin.SubmitFormAsync($"/admin/users/{reviewer.Id}", $"/admin/users/{reviewer.Id}/lock", new Dictionary<string, string>());

        // The cookie's security stamp no longer matches, so the session ends at its next validation.
        var after = await UserAsync(reviewer.Email);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.NotEqual(before, after.SecurityStamp);
        Assert.Equal(DateTimeOffset.MaxValue, after.LockoutEnd);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_their_own_account()
    {
        var self = await app.CreateUserAsync(RoleNames.Administrator);
        using var admin = app.CreateAppClient();
        await admin.SignInAsync(self);

        using var response = await admin.SubmitFormAsync($"/admin/users/{self.Id}", $"/admin/users/{self.Id}/lock", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot lock your own account.", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Null((await UserAsync(self.Email)).LockoutEnd);
    }

    [Fact]
    public async Task A_reviewer_s_conflict_of_interest_declarations_are_shown_on_their_page()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        var matc = await app.CollegeIdAsync("MATC");
        await app.WithDbAsync(async db =>
        {
            db.ConflictOfInterestDeclarations.Add(new ConflictOfInterestDeclaration
            {
                ReviewerId = reviewer.Id,
                CollegeId = matc,
                Reason = "Former MATC instructor",
                DeclaredAtUtc = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc),
            });
            return await db.SaveChangesAsync();
        });
        using var admin = await app.SignedInAdministratorAsync();

        var page = await admin.GetDocumentAsync($"/admin/users/{reviewer.Id}");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal("Milwaukee Area Technical College", row.QuerySelector("th")?.TextContent);
        Assert.Contains("Former MATC instructor", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sep 1, 2026", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        using var admin = await app.SignedInAdministratorAsync();

        using var response = await admin.GetAsync("/admin/users/no-such-user");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"https://localhost/account/accept-invitation\S+")]
    private static partial Regex InvitationLink();
}

public sealed class SqliteUserAdminTests(SqliteAppFactory app) : UserAdminTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresUserAdminTests(PostgresAppFactory app) : UserAdminTests(app), IClassFixture<PostgresAppFactory>;
