using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Authorization;

/// <summary>
/// The hostile-input sweep over every form the app renders: every page of every endpoint is fetched as every actor,
/// and every field of every form found there receives hostile values, with over-posting fields added to each post.
/// Expected: never a 5xx, a 400 or a stack trace; nothing with control or hidden formatting characters stored;
/// over-posted fields ignored; stored markup rendered as text.
/// </summary>
public sealed class EveryFormHostileInputTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static readonly string[] HostileValues =
    [
        new('x', 100_000),
        "line\u0000break\u0001\u001b[31m",
        "evil\u202Etxt.exe\u2066",
        Markup,
        "'; DROP TABLE Proposals; --",
        "99999999999999999999",
        "-5",
        "2026-02-30",
    ];

    /// <summary>Fields no form shows, which a crafted post might use to move a record to another college or state.</summary>
    private static readonly Dictionary<string, string> OverPosted = new()
    {
        ["CollegeId"] = "999999",
        ["Form.CollegeId"] = "999999",
        ["Status"] = "Approved",
        ["Form.Status"] = "Approved",
        ["Id"] = "999999",
        ["Form.Id"] = "999999",
    };

    /// <summary>Forms the sweep leaves alone: signing out ends the session the sweep runs in.</summary>
    private static readonly string[] Skipped = ["/account/logout"];

    private sealed record FoundForm(Actor Actor, string Page, string Action);

    [Fact]
    public async Task Every_field_of_every_form_refuses_or_safely_stores_hostile_values()
    {
        var world = await AppWorld.CreateAsync(app);
        var draft = await DraftOfCollegeAAsync();
        var forms = await FindFormsAsync(world, draft);
        var problems = new List<string>();

        foreach (var form in forms)
        {
            var client = world.Client(form.Actor);
            var fields = await FieldsAsync(client, form);
            if (fields is null)
            {
                continue;
            }

            foreach (var name in fields.Keys.Where(IsSweptField).ToList())
            {
                foreach (var value in HostileValues)
                {
                    var values = new Dictionary<string, string>(OverPosted);
                    foreach (var (key, original) in fields)
                    {
                        values[key] = original;
                    }

                    values[name] = value;
                    using var content = new FormUrlEncodedContent(values);
                    using var response = await client.Http.PostAsync(new Uri(form.Action, UriKind.Relative), content);
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    if (status >= 500 || status == 400 || body.Contains("   at IetPortal", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
                    {
                        problems.Add($"{form.Actor} {form.Action} {name} = {Describe(value)}: {status}");
                    }

                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        // The post changed something (a new version stamp, a new state): read the form again.
                        fields = await FieldsAsync(client, form) ?? fields;
                    }
                }
            }
        }

        Assert.True(forms.Count > 30, $"The crawl found only {forms.Count} forms; it cannot be trusted.");
        Assert.True(problems.Count == 0, $"{problems.Count} hostile posts were not handled:\n" + string.Join('\n', problems.Take(60)));
        Assert.Empty(await StoredControlCharactersAsync());
        Assert.False(await app.WithDbAsync(db => db.Proposals.AnyAsync(p => !db.Colleges.Any(c => c.Id == p.CollegeId))));
        Assert.Equal(draft.College, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == draft.Id).Select(p => p.CollegeId).SingleAsync()));
        await AssertMarkupIsNeverRenderedAsync(world, forms, draft.Id);
    }

    private async Task<(int Id, int College)> DraftOfCollegeAAsync()
    {
        var college = await app.CollegeIdAsync("MATC");
        var id = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(college, "Sweep: welding IET");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        return (id, college);
    }

    /// <summary>Every POST form on every page any actor can open (staff of A also on a draft of their own).</summary>
    private async Task<List<FoundForm>> FindFormsAsync(AppWorld world, (int Id, int College) draft)
    {
        var found = new Dictionary<(Actor, string), FoundForm>();
        var pages = AppEndpoint.All(app.Services).Where(e => e.Methods.Contains("GET") && !e.Template.StartsWith("error", StringComparison.Ordinal)).ToList();
        foreach (var actor in Enum.GetValues<Actor>())
        {
            var urls = pages.Select(e => world.Url(e.Template)).ToList();
            if (actor == Actor.StaffOfA)
            {
                urls.AddRange(pages.Where(e => e.Template.StartsWith("proposals/{id:int}", StringComparison.Ordinal))
                    .Select(e => "/" + e.Template.Replace("{id:int}", draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{number:int}", "1", StringComparison.Ordinal))
                    .Where(u => !u.Contains('{', StringComparison.Ordinal)));
            }

            foreach (var url in urls.Distinct())
            {
                using var response = await world.Client(actor).GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var page = await AppClient.ParseAsync(response);
                foreach (var form in page.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
                {
                    var action = form.GetAttribute("action") ?? url;
                    if (!Skipped.Contains(action) && action.StartsWith('/'))
                    {
                        found.TryAdd((actor, action), new FoundForm(actor, url, action));
                    }
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>The form's fields as the page renders them (what a browser would post), or null if the page is gone.</summary>
    private static async Task<Dictionary<string, string>?> FieldsAsync(AppClient client, FoundForm form)
    {
        using var response = await client.GetAsync(form.Page);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var page = await AppClient.ParseAsync(response);
        var element = page.Forms.FirstOrDefault(f => f.GetAttribute("action") == form.Action);
        if (element is null)
        {
            return null;
        }

        var fields = new Dictionary<string, string>();
        foreach (var control in element.Elements.OfType<IElement>())
        {
            var name = control.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name))
            {
                continue;
            }

            switch (control)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } input:
                    if (input.IsChecked)
                    {
                        fields[name] = input.Value;
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "file" }:
                case IHtmlButtonElement:
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }

        // Radio groups and checkboxes with nothing chosen are still fields to sweep.
        foreach (var input in element.Elements.OfType<IHtmlInputElement>().Where(i => i.Type is "checkbox" or "radio"))
        {
            fields.TryAdd(input.Name!, "");
        }

        return fields;
    }

    private static bool IsSweptField(string name) => name != "__RequestVerificationToken";

    private static string Describe(string value) => value.Length > 40 ? $"{value.Length:N0} characters" : value;

    /// <summary>Every text column of every table, searched for NUL, control and bidirectional-override characters.</summary>
    private async Task<List<string>> StoredControlCharactersAsync() => await app.WithDbAsync(async db =>
    {
        var found = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var table = entity.GetTableName()!;
                var column = property.GetColumnName();
#pragma warning disable EF1002 // Table and column names come from the EF model, not from input.
                var values = await db.Database.SqlQueryRaw<string>($"SELECT \"{column}\" AS \"Value\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL").ToListAsync();
#pragma warning restore EF1002
                found.AddRange(values.Where(v => v.Any(c => (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
                    .Select(v => $"{table}.{column}: {Describe(v)}"));
            }
        }

        return found;
    });

    /// <summary>Markup the sweep stored is shown as text on every page it can appear on.</summary>
    private static async Task AssertMarkupIsNeverRenderedAsync(AppWorld world, List<FoundForm> forms, int draft)
    {
        var rendered = new List<string>();
        var pages = forms.Select(f => (f.Actor, f.Page)).Append((Actor.StaffOfA, $"/proposals/{draft}")).Distinct();
        foreach (var (actor, url) in pages)
        {
            using var response = await world.Client(actor).GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains("<script>alert", StringComparison.Ordinal) || body.Contains("<img src=x onerror", StringComparison.Ordinal))
            {
                rendered.Add($"{actor} {url}");
            }
        }

        Assert.True(rendered.Count == 0, "Pages that render stored markup as markup:\n" + string.Join('\n', rendered));
    }
}
