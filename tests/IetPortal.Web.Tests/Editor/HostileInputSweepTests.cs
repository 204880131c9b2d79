using System.Collections;
using System.Net;
using System.Reflection;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Editor;

/// <summary>
/// Every text field of every editor form (enumerated from the form models, repeating rows included) receives hostile
/// values: never a 5xx, always a clear message or a safe save, nothing stored that should not be, and stored markup is
/// shown encoded.
/// </summary>
public sealed class HostileInputSweepTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly Dictionary<string, Type> Forms = new()
    {
        [EditorSections.Overview] = typeof(OverviewForm),
        [EditorSections.Pathway] = typeof(PathwayForm),
        [EditorSections.AdultEducation] = typeof(AdultEducationForm),
        [EditorSections.WorkforcePreparation] = typeof(WorkforcePreparationForm),
        [EditorSections.WorkforceTraining] = typeof(WorkforceTrainingForm),
        [EditorSections.Integration] = typeof(IntegrationForm),
        [EditorSections.LearningObjectives] = typeof(LearningObjectivesForm),
        [EditorSections.Materials] = typeof(MaterialsForm),
        [EditorSections.Equity] = typeof(EquityForm),
        [EditorSections.Partners] = typeof(PartnersForm),
    };

    /// <summary>Every text field name a section's form binds, with one row of each repeating list.</summary>
    private static IEnumerable<string> TextFields(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is nameof(SectionForm.Version) or nameof(SectionForm.Command))
            {
                continue;
            }

            var name = $"{prefix}.{property.Name}";
            if (property.PropertyType == typeof(string))
            {
                yield return name;
            }
            else if (property.PropertyType.IsGenericType && typeof(IList).IsAssignableFrom(property.PropertyType)
                     && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } row && row != typeof(string))
            {
                foreach (var field in TextFields(row, $"{name}[0]"))
                {
                    yield return field;
                }
            }
            else if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && !property.PropertyType.IsGenericType)
            {
                foreach (var field in TextFields(property.PropertyType, name))
                {
                    yield return field;
                }
            }
        }
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "100 kB", new string('x', 100_000) },
        { "control characters", "line\u0000break\u001b[31m" },
        { "bidi override", "evil\u202Etxt.exe" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Every_text_field_of_every_section_refuses_hostile_text_with_a_message(string kind, string value)
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        var id = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "Sweep target");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));
        var problems = new List<string>();

        foreach (var (slug, type) in Forms)
        {
            var url = $"/proposals/{id}/edit/{slug}";
            foreach (var field in TextFields(type, "Form"))
            {
                var page = await client.GetDocumentAsync(url);
                var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
                using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
                {
                    ["Form.Version"] = version,
                    ["Form.Title"] = "Sweep target",
                    [field] = value,
                });
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || response.StatusCode != HttpStatusCode.OK || !body.Contains("id=\"error-summary\"", StringComparison.Ordinal))
                {
                    problems.Add($"{slug} {field} ({kind}): {(int)response.StatusCode} {response.RequestMessage?.RequestUri} {System.Text.RegularExpressions.Regex.Match(body, "<h1[^>]*>(.*?)</h1>").Groups[1].Value}");
                }
            }
        }

        var changed = await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.IetProposalId == id && e.Action == "Section saved"));
        Assert.True(problems.Count == 0, "Fields that did not refuse hostile text with a message:\n" + string.Join('\n', problems));
        Assert.Equal(0, changed);
    }

    [Fact]
    public async Task Markup_in_every_section_is_stored_as_text_and_never_rendered_as_markup()
    {
        const string Markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var collegeId = await app.CollegeIdAsync("MATC");
        var id = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "Markup target");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        foreach (var (slug, field) in new[] { ("overview", "Form.Summary"), ("integration", "Form.IntegrationDescription"), ("equity", "Form.RecruitmentStrategies"), ("learning-objectives", "Form.Objectives[0].Statement"), ("partners", "Form.Partners[0].Name") })
        {
            var url = $"/proposals/{id}/edit/{slug}";
            var version = (await client.GetDocumentAsync(url)).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
            var fields = new Dictionary<string, string> { ["Form.Version"] = version, ["Form.Title"] = "Markup target", [field] = Markup };
            if (slug == "partners")
            {
                fields["Form.Partners[0].Type"] = "Employer";
            }

            using var saved = await client.SubmitFormAsync(url, url, fields);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var editor = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert(1)", editor, StringComparison.Ordinal);
        }

        var read = await (await client.GetAsync($"/proposals/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", read, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", read, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", read, StringComparison.Ordinal);
    }
}
