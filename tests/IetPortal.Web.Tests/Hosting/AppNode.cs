using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IetPortal.Web.Tests.Hosting;

/// <summary>
/// The app as it is deployed: <c>dotnet IetPortal.Web.dll</c> from the build output in a process of its own, configured
/// by environment variables, listening on a loopback port. Its console output (in Production, one compact JSON log
/// event per line) is kept for the test to read. Disposing kills the process.
/// </summary>
internal sealed class AppNode : IAsyncDisposable
{
    private static readonly string AppPath = Path.Combine(AppContext.BaseDirectory, "IetPortal.Web.dll");

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppNode(string name, int port, Process process)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public bool IsRunning => !_process.HasExited;

    /// <summary>Every line the process wrote so far, standard output and error together.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts a node; <paramref name="settings"/> are configuration keys (<c>Email:Mode</c>) or environment variables.</summary>
    public static AppNode Start(string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        var start = StartInfo(settings, []);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var process = new Process { StartInfo = start };
        var node = new AppNode(name, port, process);
        process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Runs one of the app's commands (<c>migrate</c>, <c>create-admin</c>) to completion.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, params string[] args)
    {
        var start = StartInfo(settings, args);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet IetPortal.Web.dll {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>Waits for <c>/health/ready</c> to answer 200 (the database is reachable), failing early if the process exits.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with code {_process.ExitCode} before it was ready:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // A slow answer on a busy machine: ask again.
            }

            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Node {Name} was not ready after {timeout.TotalSeconds:0} s:\n{Tail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The last lines of output, for failure messages.</summary>
    public string Tail(int lines = 40) => string.Join('\n', Output.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        catch (OperationCanceledException)
        {
            // Killed but not yet reaped; the operating system finishes it.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The build output holds appsettings.json, which the app reads from its content root (the working directory).
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
