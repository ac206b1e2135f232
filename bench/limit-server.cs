#:sdk Microsoft.NET.Sdk.Web
#:property InvariantGlobalization=true

// The throughput benchmark's limit: saved pages served by Kestrel, on a port of their own, with nothing else done
// for them. /memory/{name} sends a saved page's bytes from memory (read once), /static/{name} sends the file from disk
// as static files do. Not part of the site.
//
// Usage: dotnet run -c Release bench/limit-server.cs -- FOLDER http://127.0.0.1:PORT
using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;

if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: limit-server FOLDER URL (FOLDER holds the saved pages, e.g. page2.html)");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.UseUrls(args[1]);
var app = builder.Build();

var pages = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
app.MapGet("/memory/{name}", (string name, HttpContext context) =>
{
    var path = Path.Combine(folder, name);
    if (!pages.TryGetValue(name, out var bytes))
    {
        // Only a page saved in the folder itself ("page2.html"), nothing above it.
        if (Path.GetFileName(name) != name || !name.EndsWith(".html", StringComparison.Ordinal) || !File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        bytes = pages.GetOrAdd(name, File.ReadAllBytes(path));
    }

    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = bytes.Length;
    return context.Response.Body.WriteAsync(bytes).AsTask();
});
app.MapGet("/ready", () => "ready");
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/static" });

await app.RunAsync();
return 0;
