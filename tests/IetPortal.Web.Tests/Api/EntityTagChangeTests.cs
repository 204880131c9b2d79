using System.Net;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Api;

/// <summary>
/// A client holding an ETag gets 304 only while what it holds is still true: a newly approved program, an approved
/// amendment and a college's changed contact details each change the tags of the responses that show them. These tests
/// change the data, so they have their own app and database.
/// </summary>
public sealed class EntityTagChangeTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>, IAsyncLifetime
{
    private CatalogWorld _world = null!;

    public async Task InitializeAsync() => _world = await CatalogWorld.PeopleOnlyAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_newly_approved_program_changes_the_list_etag_so_the_old_one_no_longer_gives_304()
    {
        await _world.ApprovedAsync("Welding for English Language Learners", ProgramPlace.WeldingAtMadison, "IET-2027-0601");
        const string url = "/api/v1/programs?college=MADISON";
        var before = await app.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.NotModified, (await app.GetJsonAsync(url, before.ETag!.ToString())).Status);

        var second = await _world.ApprovedAsync("Welding Second Shift Bridge", ProgramPlace.WeldingAtMadison, "IET-2027-0602");
        var after = await app.GetJsonAsync(url, before.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Contains(second, after.ItemIds);
        Assert.Equal(HttpStatusCode.NotModified, (await app.GetJsonAsync(url, after.ETag!.ToString())).Status);
    }

    [Fact]
    public async Task A_changed_college_contact_changes_the_detail_etag()
    {
        var id = await _world.ApprovedAsync("CNA at Gateway", ProgramPlace.PracticalNursingAtGateway, "IET-2027-0603");
        var before = await app.GetJsonAsync($"/api/v1/programs/{id}");

        // The administrator changes the college's phone number (as the colleges page saves it).
        await app.WithDbAsync(async db =>
        {
            var college = await db.Colleges.SingleAsync(c => c.Code == "GTC");
            college.ContactPhone = "(262) 555-0142";
            return await db.SaveChangesAsync();
        });
        var after = await app.GetJsonAsync($"/api/v1/programs/{id}", before.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal("(262) 555-0142", after.Json["college"]!["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_approved_amendment_replaces_the_program_it_amends_in_the_list_and_the_old_detail_is_gone()
    {
        var original = await _world.ApprovedAsync("Medical Assistant with ELL", ProgramPlace.MedicalAssistantAtMatc, "IET-2027-0604");
        const string url = "/api/v1/programs?occupation=31-9092";
        var before = await app.GetJsonAsync(url);
        var detailBefore = await app.GetJsonAsync($"/api/v1/programs/{original}");
        Assert.Equal([original], before.ItemIds);

        var amendment = await _world.StartAmendmentAsync(original);
        var duringAmendment = await app.GetJsonAsync(url, before.ETag!.ToString());
        await _world.ClaimAsync(amendment);
        await _world.ApproveAsync(amendment, "IET-2028-0604");
        var after = await app.GetJsonAsync(url, before.ETag!.ToString());
        var detailAfter = await app.GetJsonAsync($"/api/v1/programs/{original}", detailBefore.ETag!.ToString());

        Assert.Equal(HttpStatusCode.NotModified, duringAmendment.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal([amendment], after.ItemIds);
        Assert.Equal(HttpStatusCode.NotFound, detailAfter.Status);
        Assert.Equal(ProposalStatus.Superseded, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == original).Select(p => p.Status).SingleAsync()));
    }
}
