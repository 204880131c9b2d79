using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Hosting;

/// <summary>
/// A test that needs a real PostgreSQL server: skipped, with the reason, when IETPORTAL_TEST_POSTGRES is unset
/// (tests/run-tests.sh always sets it when it could start the server).
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = $"{TestDatabase.PostgresVariable} is not set: run the tests through tests/run-tests.sh, which starts PostgreSQL.";
        }
    }
}
