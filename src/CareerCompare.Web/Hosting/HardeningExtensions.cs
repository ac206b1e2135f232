using System.Net;
using CareerCompare.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// What keeps the site standing under bad input, faults and load, registered in one place: Kestrel's limits,
/// forwarded headers, HSTS, the rate limiter, health checks, data protection keys and HEAD requests.
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

        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddClientRateLimiting(builder.Configuration);
        services.AddHealthChecks().AddDbContextCheck<CareerCompareDbContext>("catalogue", tags: [ReadyTag],
            customTestQuery: (db, cancellationToken) => db.IsCatalogueCompleteAsync(cancellationToken));
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
    /// /health/live: the process answers. /health/ready: the database can be read and holds the whole catalogue;
    /// 503 otherwise. Neither is rate limited: a load balancer asks often.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
        return endpoints;
    }
}
