using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Authorization;

/// <summary>College staff see only their own college's proposals; the System Office sees all.</summary>
public sealed class CollegeScopingTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<int> CreateProposalAsync(string collegeCode, string title)
    {
        var collegeId = await app.CollegeIdAsync(collegeCode);
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, title);
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }

    [Fact]
    public async Task Staff_of_another_college_get_403_on_a_proposal()
    {
        var id = await CreateProposalAsync("MATC", "MATC CNA IET");
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MADISON"));

        using var response = await client.GetAsync($"/proposals/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("You do not have access to this page", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("MATC CNA IET", page.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_the_owning_college_read_their_proposal()
    {
        var id = await CreateProposalAsync("MATC", "MATC welding IET");
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        var page = await client.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal("MATC welding IET", page.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData(RoleNames.StateReviewer)]
    [InlineData(RoleNames.Administrator)]
    public async Task The_System_Office_reads_every_college_proposal(string role)
    {
        var id = await CreateProposalAsync("MADISON", "Madison ECE IET");
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(role));

        var page = await client.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal("Madison ECE IET", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_staff_list_shows_only_their_own_college()
    {
        await CreateProposalAsync("MATC", "Listed MATC proposal");
        await CreateProposalAsync("MADISON", "Hidden Madison proposal");
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        var page = await client.GetDocumentAsync("/proposals");
        var titles = page.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();

        Assert.Contains("Listed MATC proposal", titles);
        Assert.DoesNotContain("Hidden Madison proposal", titles);
    }

    [Fact]
    public async Task A_missing_proposal_is_a_404_not_a_500()
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        using var response = await client.GetAsync("/proposals/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(RoleNames.StateReviewer, "/admin")]
    [InlineData(RoleNames.Administrator, "/proposals")]
    [InlineData(RoleNames.CollegeStaff, "/review")]
    [InlineData(RoleNames.CollegeStaff, "/admin")]
    public async Task A_role_gets_403_on_another_role_home(string role, string url)
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(role, role == RoleNames.CollegeStaff ? "MATC" : null));

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
