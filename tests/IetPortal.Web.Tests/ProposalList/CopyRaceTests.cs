using System.Data.Common;
using System.Net;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Providers;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.ProposalList;

/// <summary>
/// Copying a proposal while a colleague saves it (a race the durability run of docs/reliability.md checks for): the
/// source is read one table at a time, so a save committed between two of those reads must not give a copy with half a
/// section from before the save and half from after it. The interceptor makes the race certain: the colleague's save
/// commits just before the copy reads the instructors, after it has read the components.
/// </summary>
public sealed class CopyRaceTests(CopyRaceTests.RaceFactory app) : IClassFixture<CopyRaceTests.RaceFactory>
{
    public sealed class RaceFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<ColleagueSavesBetweenReads>();
                services.ConfigureDbContext<SqliteIetPortalDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ColleagueSavesBetweenReads>()));
            });
        }
    }

    /// <summary>When armed, the next query of instructors first lets a colleague save the adult education section.</summary>
    public sealed class ColleagueSavesBetweenReads(IServiceScopeFactory scopes) : DbCommandInterceptor
    {
        private int _armedProposalId;

        public void Arm(int proposalId) => Volatile.Write(ref _armedProposalId, proposalId);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("ComponentInstructors", StringComparison.Ordinal)
                && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && Interlocked.Exchange(ref _armedProposalId, 0) is var id and not 0)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
                var proposal = await db.Proposals.Include(p => p.Components).ThenInclude(c => c.Instructors).SingleAsync(p => p.Id == id, cancellationToken);
                var component = proposal.AdultEducation!;
                component.Contextualization = "After";
                component.Instructors.Clear();
                component.Instructors.Add(new Instructor { Name = "Ben After", Position = 1 });
                component.Instructors.Add(new Instructor { Name = "Cy After", Position = 2 });
                db.Entry(proposal).Property(p => p.UpdatedAtUtc).IsModified = true;
                await db.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }

    [Fact]
    public async Task A_copy_made_while_a_colleague_saves_a_section_holds_that_section_whole_from_one_save()
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        var sourceId = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "CNA with integrated ELL");
            proposal.AdultEducation!.Contextualization = "Before";
            proposal.AdultEducation.Instructors.Add(new Instructor { Name = "Ana Before", Position = 1 });
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));
        app.Services.GetRequiredService<ColleagueSavesBetweenReads>().Arm(sourceId);

        using var response = await client.SubmitFormAsync("/proposals", $"/proposals/{sourceId}/copy", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await app.WithDbAsync(db => db.Proposals.AsNoTracking()
            .Include(p => p.Components).ThenInclude(c => c.Instructors)
            .SingleAsync(p => p.Id != sourceId && p.Title == "Copy of CNA with integrated ELL"));
        var section = copy.AdultEducation!;
        Assert.Equal("After", section.Contextualization);
        Assert.Equal(["Ben After", "Cy After"], section.Instructors.OrderBy(i => i.Position).Select(i => i.Name));
    }
}
