using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>
/// The built site run as a process of its own (dotnet CareerCompare.Web.dll), in Production, on a free port of
/// 127.0.0.1 and the given database file (and seed folder, if given: otherwise the seed-data/ shipped beside it): for
/// tests that must kill it mid-way or start two at once.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private SiteProcess(string databasePath, string? seedDirectory, string environment)
    {
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerCompare.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__CareerCompare"] = $"Data Source={databasePath}";
        if (seedDirectory is not null)
        {
            start.Environment["SeedData__Directory"] = seedDirectory;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>Everything the process wrote so far (its console log).</summary>
    public string Output => string.Join('\n', output);

    public static SiteProcess Start(string databasePath, string? seedDirectory = null, string environment = "Production") => new(databasePath, seedDirectory, environment);

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Waits until the condition holds; fails with the process's log when it does not in time.</summary>
    public async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited || watch.Elapsed > timeout)
            {
                throw new Xunit.Sdk.XunitException($"Waited {watch.Elapsed.TotalSeconds:F0} s for {what} (exited: {process.HasExited}). Log:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until /health/ready answers 200.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var ready = false;
        await WaitForAsync(() => ready = ready || IsReady(client), timeout, "/health/ready to answer 200");
    }

    /// <summary>Kills the process at once, as a crash or "kill -9" would.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static bool IsReady(HttpClient client)
    {
        try
        {
            using var response = client.GetAsync(new Uri("health/ready", UriKind.Relative)).GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
