using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// What keeps the site standing under bad input, faults and load, registered in one place: Kestrel's limits,
/// forwarded headers, security headers, HSTS, the rate limiter, health checks, data protection keys and HEAD requests.
/// </summary>
public static class HardeningExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Limits on headers, bodies and slow clients are in appsettings.json ("Kestrel:Limits"; the README says why).
        builder.WebHost.ConfigureKestrel((context, options) =>
        {
            options.AddServerHeader = false;
            context.Configuration.GetSection("Kestrel:Limits").Bind(options.Limits);
        });

        // Behind a load balancer the client is in X-Forwarded-For, trusted only from the proxies listed
        // ("ForwardedHeaders:KnownProxies", "ForwardedHeaders:KnownNetworks"; loopback always).
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddSecurityHeaders();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddClientRateLimiting(builder.Configuration);
        services.AddSingleton<CatalogueHealthCheck.LastQuickCheck>();
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue", tags: [ReadyTag]);
        services.Configure<MvcOptions>(options => options.Conventions.Add(new HeadRequestsConvention()));

        // Several instances behind one load balancer must read each other's cookies and tokens: give them one
        // key folder ("DataProtection:KeysDirectory", a shared volume). Empty: keys stay on this machine.
        var dataProtection = services.AddDataProtection().SetApplicationName("CareerCompare");
        if (builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        return builder;
    }

    /// <summary>
    /// The real client and scheme, from X-Forwarded-For and X-Forwarded-Proto sent by a trusted proxy. A forwarded
    /// scheme other than http or https ("javascript", "data") is not taken: the request keeps the scheme it came
    /// with, so absolute addresses (canonical links, the sitemap) can only start with http:// or https://.
    /// </summary>
    public static IApplicationBuilder UseForwardedClient(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        return app.Use(next => context =>
        {
            var request = context.Request;
            var scheme = request.Scheme.ToLowerInvariant();
            request.Scheme = scheme is "http" or "https"
                ? scheme
                : request.Headers[ForwardedHeadersDefaults.XOriginalProtoHeaderName].ToString() is "https" ? "https" : "http";
            return next(context);
        });
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: the database can be read, holds the whole catalogue and
    /// passes SQLite's quick check (at most 30 s old, see <see cref="CatalogueHealthCheck"/>); 503 otherwise. Neither
    /// is rate limited: a load balancer asks often. Both are read with GET or HEAD; any other method gets 405 with an
    /// Allow header, as the pages do.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var readOnly = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).WithMetadata(readOnly).DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .WithMetadata(readOnly).DisableRateLimiting();
        return endpoints;
    }
}
