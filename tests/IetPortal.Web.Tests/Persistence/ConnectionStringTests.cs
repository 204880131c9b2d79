using IetPortal.Infrastructure;

namespace IetPortal.Web.Tests.Persistence;

public sealed class ConnectionStringTests
{
    [Theory]
    [InlineData("Host=db;Database=ietportal;Username=app;Password=x", "Host=db;Database=ietportal;Username=app;Password=x;Max Auto Prepare=64;Auto Prepare Min Usages=2")]
    [InlineData("Host=db;Database=ietportal; ", "Host=db;Database=ietportal;Max Auto Prepare=64;Auto Prepare Min Usages=2")]
    [InlineData("Host=db;Max Auto Prepare=0", "Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=10", "Host=db;MaxAutoPrepare=10")]
    [InlineData("Host=db;Auto Prepare Min Usages=5", "Host=db;Auto Prepare Min Usages=5")]
    public void PostgreSQL_connections_prepare_repeated_statements_unless_the_connection_string_says_otherwise(string configured, string used) =>
        Assert.Equal(used, DependencyInjection.WithAutomaticPreparation(configured));
}
