using System.Globalization;
using System.Text;
using IetPortal.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IetPortal.Web.Tests.Performance;

/// <summary>
/// No page sends a query per row: every main page sends exactly as many commands with 1,000 generated proposals as with
/// 10, and no more than its stated bound (<see cref="MeasuredPages"/>). Proposals' pages are opened on a proposal of the
/// same shape in both databases (<see cref="ProposalShape"/>), signed in as the role that uses the page.
/// </summary>
public abstract class QueryCountTests(QueryCountWorld world, ITestOutputHelper output)
{
    protected async Task CheckAsync(string name)
    {
        var page = MeasuredPages.Find(name);
        var (fewVisit, manyVisit) = await page.VisitsAsync(world);
        var few = await world.Few.CommandsOfAsync(fewVisit);
        var many = await world.Many.CommandsOfAsync(manyVisit);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{world.Provider} {name}: {few.Count} commands with {QueryCountWorld.FewProposals} proposals ({fewVisit.Url}), {many.Count} with {world.ManyProposalCount} ({manyVisit.Url})"));

        Assert.True(few.Count == many.Count, $"{name} sent {few.Count} commands with {QueryCountWorld.FewProposals} proposals but {many.Count} with {world.ManyProposalCount}:\n{Describe(few)}\n=== with {world.ManyProposalCount}:\n{Describe(many)}");
        Assert.True(many.Count <= page.MaxCommands, $"{name} sent {many.Count} commands, more than its bound of {page.MaxCommands}:\n{Describe(many)}");
    }

    private static string Describe(IReadOnlyList<LoggedCommand> commands)
    {
        var text = new StringBuilder();
        foreach (var (command, i) in commands.Select((c, i) => (c, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"--- {i + 1}\n{command.Sql}\n");
        }

        return text.ToString();
    }
}

public sealed class SqliteQueryCountTests(SqliteQueryCountWorld world, ITestOutputHelper output)
    : QueryCountTests(world, output), IClassFixture<SqliteQueryCountWorld>
{
    [Theory]
    [MemberData(nameof(MeasuredPages.Names), MemberType = typeof(MeasuredPages))]
    public Task A_page_sends_as_many_commands_with_1000_proposals_as_with_10_and_few_of_them(string page) => CheckAsync(page);
}

[Collection(PostgresGeneratedGroup.Name)]
public sealed class PostgresQueryCountTests(PostgresQueryCountWorld world, ITestOutputHelper output) : QueryCountTests(world, output)
{
    [PostgresTheory]
    [MemberData(nameof(MeasuredPages.Names), MemberType = typeof(MeasuredPages))]
    public Task A_page_sends_as_many_commands_with_1000_proposals_as_with_10_and_few_of_them(string page) => CheckAsync(page);
}

/// <summary>A theory that needs a real PostgreSQL server: skipped, with the reason, when IETPORTAL_TEST_POSTGRES is unset.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = $"{TestDatabase.PostgresVariable} is not set: run the tests through tests/run-tests.sh, which starts PostgreSQL.";
        }
    }
}
