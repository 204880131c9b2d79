using System.Globalization;
using IetPortal.Web.Hosting;
using Serilog;

// Two-stage Serilog start-up: a bootstrap logger catches start-up failures, then configuration takes over.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddIetPortalLogging();
    builder.Services.AddIetPortalWeb(builder.Configuration, builder.Environment);

    var app = builder.Build();
    if (CommandLine.IsCommand(args))
    {
        return await CommandLine.RunAsync(app, args);
    }

    await app.InitializeDatabaseAsync();
    app.UseIetPortalPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "IetPortal stopped because of an unhandled exception");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The web host's entry point (public so WebApplicationFactory&lt;Program&gt; can start it in tests).</summary>
public partial class Program;
