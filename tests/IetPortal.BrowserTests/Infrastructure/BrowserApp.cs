using System.Net;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel on a loopback port (Development, so the demo accounts exist) with its own SQLite file,
/// driven by Debian's Chromium through Playwright.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ietportal-browser-" + Guid.NewGuid().ToString("N"));
    private KestrelAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public string MailFolder => Path.Combine(_folder, "mail");

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new KestrelAppFactory(_folder);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var chromium = Environment.GetEnvironmentVariable("IETPORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium was not found at {chromium}: run tests/run-tests.sh, which installs Debian's chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) and page.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<IetPortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IetPortalDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class KestrelAppFactory(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "browser.db")};Pooling=False");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(folder, "mail"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}

/// <summary>
/// The browser tests run in two groups side by side, each with its own app, SQLite database, mail folder and browser,
/// so the two cores both work: the review and authoring journeys in one, the page-by-page checks in the other.
/// Within a group the tests run one after another and share the app.
/// </summary>
public static class BrowserTestGroup
{
    public const string Journeys = "Browser: authoring and review journeys";
    public const string Pages = "Browser: pages, administration and accounts";
}

[CollectionDefinition(BrowserTestGroup.Journeys)]
public sealed class JourneysBrowserGroup : ICollectionFixture<BrowserApp>;

[CollectionDefinition(BrowserTestGroup.Pages)]
public sealed class PagesBrowserGroup : ICollectionFixture<BrowserApp>;
