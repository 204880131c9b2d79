using AngleSharp.Html.Dom;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Admin;

/// <summary>What the administrator tests share: a signed-in administrator, reading pages, and setting up data.</summary>
internal static class AdminTestKit
{
    public static async Task<AppClient> SignedInAdministratorAsync(this IetPortalFactory app)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(RoleNames.Administrator));
        return client;
    }

    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<string> ValueAsync(this AppClient client, string url, string name = "Form.ConcurrencyStamp") =>
        (await client.GetDocumentAsync(url)).QuerySelector($"input[name='{name}']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"{url} has no field {name}");

    /// <summary>
    /// Posts to an action the page has no form for (as a crafted request would), with the antiforgery token of the
    /// page's first form: the token belongs to the user, not to one form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithoutItsFormAsync(this AppClient client, string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        fields["__RequestVerificationToken"] = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no form with an antiforgery token");
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> PageAsync(this HttpResponseMessage response) => await AppClient.ParseAsync(response);

    public static string ErrorSummary(this IHtmlDocument page) => page.QuerySelector("#error-summary")?.TextContent ?? "";

    public static IReadOnlyList<string> ErrorLinks(this IHtmlDocument page) =>
        page.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href") ?? "").ToList();

    /// <summary>A pathway in the first seeded cluster, with the given steps, one credential per step and no occupations.</summary>
    public static Task<int> CreatePathwayAsync(this IetPortalFactory app, string name, params string[] steps) =>
        app.WithDbAsync(async db =>
        {
            var pathway = new CareerPathway
            {
                Name = name,
                CareerClusterId = await db.CareerClusters.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
                Steps = steps.Select((s, i) => new CareerPathwayStep { Position = i + 1, Title = s }).ToList(),
            };
            db.CareerPathways.Add(pathway);
            await db.SaveChangesAsync();
            return pathway.Id;
        });

    public static Task<int> AddCredentialAsync(this IetPortalFactory app, int pathwayId, string name, int? stepId = null) =>
        app.WithDbAsync(async db =>
        {
            var credential = new Credential
            {
                CareerPathwayId = pathwayId,
                Name = name,
                Issuer = "WTCS technical college",
                Type = CredentialType.WtcsTechnicalDiploma,
                CareerPathwayStepId = stepId,
            };
            db.Credentials.Add(credential);
            await db.SaveChangesAsync();
            return credential.Id;
        });

    public static Task<List<int>> StepIdsAsync(this IetPortalFactory app, int pathwayId) =>
        app.WithDbAsync(db => db.CareerPathwaySteps.Where(s => s.CareerPathwayId == pathwayId).OrderBy(s => s.Position).Select(s => s.Id).ToListAsync());

    /// <summary>A draft of the MATC college that chose the pathway (and optionally an entry step, credential and SOC code).</summary>
    public static async Task<int> CreateDraftUsingAsync(
        this IetPortalFactory app, int pathwayId, int? entryStepId = null, int? credentialId = null, string? socCode = null)
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, Unique("Draft using a pathway"));
            proposal.CareerPathwayId = pathwayId;
            proposal.EntryStepId = entryStepId;
            proposal.OccupationSocCode = socCode;
            if (credentialId is { } id)
            {
                proposal.Credentials.Add(new ProposalCredential { CredentialId = id });
            }

            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }
}
