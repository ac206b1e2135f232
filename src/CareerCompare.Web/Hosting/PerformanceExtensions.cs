using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// The framework's output cache (invalidated by imports) in front of response compression (Brotli, then gzip), so cached
/// pages are kept and served compressed.
/// </summary>
public static class PerformanceExtensions
{
    public static WebApplicationBuilder AddPerformance(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<PagesCacheOptions>(builder.Configuration.GetSection(PagesCacheOptions.SectionName));
        builder.Services.AddOutputCache(options =>
        {
            // Slugs are lower case: "/compare/Nurse-vs-…" is a different (404) address, not the cached page.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(CachePolicies.Page, policy => Cached(policy).SetVaryByQuery([]));
            options.AddPolicy(CachePolicies.List, policy => Cached(policy).SetVaryByQuery(CachePolicies.ListParameters));
            options.AddPolicy(CachePolicies.Suggest, policy => Cached(policy).SetVaryByQuery("q"));
            options.AddPolicy(CachePolicies.Picker, policy => Cached(policy).SetVaryByQuery("a", "b", "c", "d"));
        });
        // The settings are read when the site starts (tests and the benchmark set them after this code runs).
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<PagesCacheOptions>>((options, settings) =>
        {
            options.SizeLimit = settings.Value.SizeLimitMegabytes * 1024L * 1024L;
            options.DefaultExpirationTimeSpan = settings.Value.Expiration;
        });
        builder.Services.AddHostedService<CatalogueChangeWatcher>();
        builder.Services.AddHostedService<MemoryAfterBurstTrimmer>();

        builder.Services.AddResponseCompression(options =>
        {
            // The pages hold no secrets (no cookies, no tokens), so compressing them over HTTPS is safe.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/csv", "image/svg+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    private static OutputCachePolicyBuilder Cached(OutputCachePolicyBuilder policy) =>
        policy.Tag(CachePolicies.CatalogueTag)
            .With(context => context.HttpContext.RequestServices.GetRequiredService<IOptions<PagesCacheOptions>>().Value.Enabled)
            .VaryByValue(NegotiatedEncoding);

    /// <summary>
    /// The encoding response compression will choose for this request ("br", "gzip" or "identity"), asked of the
    /// middleware's own provider: the cache keeps one entry per encoding (it stores compressed bytes, see Program.cs),
    /// and any Accept-Encoding header, however odd, maps to one of those three keys.
    /// </summary>
    private static KeyValuePair<string, string> NegotiatedEncoding(HttpContext context)
    {
        var compression = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        var encoding = compression.CheckRequestAcceptsCompression(context) ? compression.GetCompressionProvider(context)?.EncodingName : null;
        return new("encoding", encoding ?? "identity");
    }

    /// <summary>
    /// For the benchmark only ("Benchmark:Enabled"): the bytes of a saved page served from memory at
    /// /bench/memory (the limit), any other page saved in the same folder at /bench/memory/{name}.html (the limit for
    /// that page's own bytes), and the folder served as static files under /bench/static/. Absent otherwise.
    /// </summary>
    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var section = app.Configuration.GetSection("Benchmark");
        if (!section.GetValue<bool>("Enabled") || section["PageFile"] is not { Length: > 0 } pageFile)
        {
            return app;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(pageFile))!;
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        app.MapGet("/bench/memory", (HttpContext context) => WriteAsync(context, Path.GetFileName(pageFile)));
        app.MapGet("/bench/memory/{name:regex(^[a-z0-9-]+\\.html$)}", (string name, HttpContext context) => WriteAsync(context, name));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(folder),
            RequestPath = "/bench/static",
        });
        return app;

        // A saved page's bytes, read once; 404 for a name not saved (nothing is kept for it).
        Task WriteAsync(HttpContext context, string name)
        {
            var path = Path.Combine(folder, name);
            var bytes = pages.TryGetValue(name, out var read) ? read : File.Exists(path) ? pages.GetOrAdd(name, File.ReadAllBytes(path)) : null;
            if (bytes is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            return context.Response.Body.WriteAsync(bytes).AsTask();
        }
    }
}
