using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// One limiter for every dynamic request (pages, JSON, and whatever endpoints come later), a fixed window per
/// client IP address (after forwarded headers). Static files (MapStaticAssets endpoints), health probes and
/// error pages opt out with <c>DisableRateLimiting</c>.
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClientRateLimitOptions>()
            .Bind(configuration.GetSection(ClientRateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ClientRateLimitOptions>>((options, limits) =>
        {
            var limit = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // The status code page (or problem details) is written by /error/429; this only says when to come back.
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limit.Window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => limit.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>The client's address; an IPv4 client seen through an IPv6 socket counts as its IPv4 address.</summary>
    private static string ClientKey(IPAddress? address) => address switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        _ => address.ToString(),
    };
}
