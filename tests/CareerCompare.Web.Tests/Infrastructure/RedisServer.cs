using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>
/// Debian's redis-server run for the tests on a free port of 127.0.0.1, keeping nothing on disk; it can be killed
/// and started again on the same port, as a cache that goes away and comes back.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = "/usr/bin/redis-server";

    private Process? process;
    private ConnectionMultiplexer? inspector;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The site's <c>Redis:Configuration</c> for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Why the Redis tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => File.Exists(Executable)
        ? null
        : $"{Executable} is missing: install Debian's redis-server (the test project's build and .ci/run do so as root).";

    /// <summary>A server that is not running yet, on a port of its own (for a site started before its cache).</summary>
    public static RedisServer OnFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new RedisServer(((IPEndPoint)listener.LocalEndpoint).Port);
    }

    public static async Task<RedisServer> StartAsync()
    {
        var server = OnFreePort();
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (empty) and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Eventually.TrueAsync(AnswersPingAsync, TimeSpan.FromSeconds(10), $"redis-server on port {Port} to answer PING");
    }

    /// <summary>Kills the server at once, as a crash would; what it held is lost.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>The keys the server holds that match a pattern (<c>prefix*</c>).</summary>
    public async Task<List<string>> KeysAsync(string pattern)
    {
        var keys = new List<string>();
        await foreach (var key in (await ServerAsync()).KeysAsync(pattern: pattern))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }

    /// <summary>The server's database, to look at or change what it holds as an operator would.</summary>
    public async Task<IDatabase> DatabaseAsync() => (await InspectorAsync()).GetDatabase();

    /// <summary>Changes a setting at run time (<c>CONFIG SET maxmemory 1</c>).</summary>
    public async Task ConfigSetAsync(string setting, string value) => await (await ServerAsync()).ConfigSetAsync(setting, value);

    private async Task<IServer> ServerAsync()
    {
        var connection = await InspectorAsync();
        return connection.GetServer(connection.GetEndPoints()[0]);
    }

    private async Task<ConnectionMultiplexer> InspectorAsync() =>
        inspector ??= await ConnectionMultiplexer.ConnectAsync(Configuration + ",allowAdmin=true");

    public async ValueTask DisposeAsync()
    {
        if (inspector is not null)
        {
            await inspector.DisposeAsync();
        }

        await KillAsync();
    }

    private async Task<bool> AnswersPingAsync()
    {
        if (process is null || process.HasExited)
        {
            throw new InvalidOperationException($"redis-server on port {Port} exited at start (exit code {process?.ExitCode}).");
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>A test that needs Debian's redis-server; skipped, saying why, only where it is not installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute() => Skip = RedisServer.Unavailable;
}

/// <summary>A test with cases that needs Debian's redis-server; skipped, saying why, only where it is not installed.</summary>
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute() => Skip = RedisServer.Unavailable;
}
