using System.Net;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>The decision letter an approval issues: what it says, and who may read it.</summary>
public sealed class DecisionLetterTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task The_letter_names_the_college_program_approval_period_approver_credentials_pathway_and_federal_basis()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var credential = await app.WithDbAsync(db => db.Credentials
            .Where(c => db.CareerPathways.Any(w => w.Id == c.CareerPathwayId && w.Name == "Welding"))
            .Select(c => new { c.Id, Text = c.Name + " (" + c.Issuer + ")" })
            .FirstAsync());
        var id = await _scenario.SubmittedAsync("Welding with integrated ELL", staff, pathway: "Welding",
            configure: p => p.Credentials = [new ProposalCredential { CredentialId = credential.Id }]);
        await _scenario.ClaimInDatabaseAsync(id, reviewer);
        using var reviewerClient = await _scenario.SignedInAsync(reviewer);
        await ReviewScenario.RateAllAsync(reviewerClient, id);
        using (var approved = await ReviewScenario.ApproveAsync(reviewerClient, id, "IET-2027-0042", new DateOnly(2027, 7, 1), new DateOnly(2030, 6, 30)))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        using var staffClient = await _scenario.SignedInAsync(staff);
        var letter = await staffClient.GetDocumentAsync($"/proposals/{id}/decision-letter");

        var text = ReviewScenario.Text(letter);
        Assert.Equal("Approval of an Integrated Education and Training program", letter.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", letter.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Milwaukee Area Technical College", letter.QuerySelector("address")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Welding with integrated ELL", text, StringComparison.Ordinal);
        Assert.Contains("IET-2027-0042", text, StringComparison.Ordinal);
        Assert.Contains("July 1, 2027 through June 30, 2030", text, StringComparison.Ordinal);
        Assert.Contains("Test StateReviewer", letter.QuerySelector(".ietportal-letter__signature")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("State IET reviewer, WTCS System Office", text, StringComparison.Ordinal);
        Assert.Contains("Welding", letter.QuerySelectorAll("dt").Single(d => d.TextContent == "Career pathway").NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains(credential.Text, text, StringComparison.Ordinal);
        Assert.Contains("34 CFR 463.35\u2013463.38", text, StringComparison.Ordinal);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, letter.QuerySelector(".ietportal-letter__date time")!.GetAttribute("datetime"));
        Assert.NotNull(letter.QuerySelector("link[href^='/css/decision-letter.css']"));
    }

    [Fact]
    public async Task The_letter_is_for_the_college_and_the_system_office_and_exists_only_once_approved()
    {
        var staff = await _scenario.StaffAsync();
        var otherCollege = await _scenario.StaffAsync("MADISON");
        var reviewer = await _scenario.ReviewerAsync();
        var admin = await _scenario.AdministratorAsync();
        var id = await _scenario.InReviewAsync("Letter readers", staff, reviewer);
        using var staffClient = await _scenario.SignedInAsync(staff);
        using var otherClient = await _scenario.SignedInAsync(otherCollege);
        using var reviewerClient = await _scenario.SignedInAsync(reviewer);
        using var adminClient = await _scenario.SignedInAsync(admin);
        var url = $"/proposals/{id}/decision-letter";

        using (var notYet = await staffClient.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        }

        await ReviewScenario.RateAllAsync(reviewerClient, id);
        using (await ReviewScenario.ApproveAsync(reviewerClient, id, "IET-2027-0043"))
        {
        }

        foreach (var (client, expected) in new[] { (staffClient, HttpStatusCode.OK), (reviewerClient, HttpStatusCode.OK), (adminClient, HttpStatusCode.OK), (otherClient, HttpStatusCode.Forbidden) })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(expected, response.StatusCode);
        }

        using var missing = await staffClient.GetAsync("/proposals/999999/decision-letter");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
