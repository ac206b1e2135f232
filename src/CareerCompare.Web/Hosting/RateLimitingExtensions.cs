using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// One limiter for every dynamic request (pages, JSON, and whatever endpoints come later), a sliding window per
/// client (after forwarded headers; see <see cref="ClientKey"/>). Static files (MapStaticAssets endpoints) and health
/// probes opt out with <c>DisableRateLimiting</c>; error pages the site writes for a request are not counted twice.
/// Costly answers the cache does not hold also spend a smaller budget of their own (<see cref="ExpensiveRequests"/>).
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClientRateLimitOptions>()
            .Bind(configuration.GetSection(ClientRateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExpensiveRequestLimiter>();
        // The limits are read from the request's services, so this one registration holds the whole limiter (the
        // options are a singleton: the same values for every request).
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // The status code page (or problem details) is written by /error/429; this only says when to come back.
                // Without a hint from the limiter: when the window next moves on.
                var limit = LimitsOf(context.HttpContext);
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limit.Window / limit.SegmentsPerWindow;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // An error page written for a request already counted (a 429 among them) is not counted again.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                LimitsOf(context) is { Enabled: true } limit && !context.IsErrorReExecution()
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    SegmentsPerWindow = limit.SegmentsPerWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>The limits in force (bound from "RateLimiting" and validated at start-up).</summary>
    internal static ClientRateLimitOptions LimitsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<ClientRateLimitOptions>>().Value;

    /// <summary>
    /// Who counts as one client. IPv4: the address (an IPv4 client seen through an IPv6 socket as its IPv4 address).
    /// IPv6: the /64 network, the smallest block a provider hands a subscriber, whose addresses its owner can pick at
    /// will; scope ids (fe80::1%3) are not part of it.
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return new IPAddress(bytes) + "/64";
    }
}
