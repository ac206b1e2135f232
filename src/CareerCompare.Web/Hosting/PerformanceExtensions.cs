using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// The framework's output cache (invalidated by imports; in memory, or in Redis shared by several instances) in front
/// of response compression (Brotli, then gzip), so cached pages are kept and served compressed.
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
            // Pages that read the query are keyed by what they make of it, not by its spelling: every way of writing one
            // page (a state code in any case or with spaces around it, a list's parameters) is one cache entry, so a
            // flood of spellings cannot fill the cache (CachePolicies.KeyOf*).
            options.AddPolicy(CachePolicies.Compare, policy => Cached(policy).SetVaryByQuery([]).VaryByValue(CachePolicies.KeyOfState));
            options.AddPolicy(CachePolicies.List, policy => Cached(policy).SetVaryByQuery([]).VaryByValue(CachePolicies.KeyOfList));
            // A profile is cached once, without a way back: reached from a list ("from"), its sections (rendered once a
            // catalogue, OccupationProfileViewModel.Parts) are written around the way back for each request, so the list's
            // searches do not multiply cached profiles.
            options.AddPolicy(CachePolicies.Profile, policy => Cached(policy).SetVaryByQuery([]).With(CachePolicies.WithoutWayBack));
            options.AddPolicy(CachePolicies.Suggest, policy => Cached(policy).SetVaryByQuery([]).VaryByValue(CachePolicies.KeyOfSuggestion));
            // The picker is cached only when its boxes hold occupations' addresses (or nothing): what else was typed is
            // answered each time, not kept.
            options.AddPolicy(CachePolicies.Picker, policy => Cached(policy).SetVaryByQuery("a", "b", "c", "d").With(CachePolicies.PickerHoldsAddresses));
        });
        // The settings are read when the site starts (tests set them after this code runs).
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<PagesCacheOptions>>((options, settings) =>
        {
            options.SizeLimit = settings.Value.SizeLimitMegabytes * 1024L * 1024L;
            options.DefaultExpirationTimeSpan = settings.Value.Expiration;
        });
        // Redis when "Redis:Configuration" is set (several instances share one cache), memory otherwise.
        builder.Services.AddSharedOutputCacheStore(builder.Configuration);
        builder.Services.AddSingleton<Catalogue.CatalogueStore>();
        builder.Services.AddHostedService<CatalogueCacheEviction>();

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
}
