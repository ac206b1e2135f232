using System.Globalization;
using System.Threading.RateLimiting;
using CareerCompare.Web.Services;

namespace CareerCompare.Web.Hosting;

/// <summary>When an answer is costly to build: always, with three or four occupations, or with a state.</summary>
public enum ExpensiveWhen
{
    /// <summary>Every request (the CSV files: the whole filtered list, or every figure of a comparison).</summary>
    Always,

    /// <summary>A comparison of three or four occupations (its <c>pair</c> route value).</summary>
    ThreeOrMoreOccupations,

    /// <summary>A request with a state (<c>?state=TX</c>): the list then reads every occupation's mean in it.</summary>
    WithState,
}

/// <summary>
/// Marks an action whose answer is costly to build (tens of milliseconds of a core). When such an answer is not in the
/// output cache, the client spends a token of its smaller budget for these (<see cref="ExpensiveRequests"/>); a cached
/// answer costs nothing and spends nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ExpensiveWhenUncachedAttribute(ExpensiveWhen when) : Attribute
{
    public ExpensiveWhen When { get; } = when;

    public bool AppliesTo(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return When switch
        {
            ExpensiveWhen.Always => true,
            ExpensiveWhen.ThreeOrMoreOccupations => ComparisonAddress.Slugs(context.GetRouteValue("pair") as string).Count >= 3,
            ExpensiveWhen.WithState => !string.IsNullOrWhiteSpace(context.Request.Query["state"]),
            _ => false,
        };
    }
}

/// <summary>
/// The budget of costly answers that miss the cache, per client (<see cref="RateLimitingExtensions.ClientKey"/>): a
/// token bucket, so one client cannot keep the cores busy with uncached renders while everyone else waits (kept in
/// Redis when the site has one, so that every instance spends the same bucket: <see cref="ExpensiveRequestLimiter"/>). It runs
/// after the output cache (a hit never reaches it) and before the action; over budget the answer is 429 with
/// Retry-After and a message saying what to do (problem details for JSON callers).
/// </summary>
public static class ExpensiveRequests
{
    /// <summary>What a client over this budget is told.</summary>
    public static string Message(int seconds) =>
        $"You have asked for many downloads, large comparisons or lists filtered by state in a short time. Please wait {seconds} "
        + (seconds == 1 ? "second" : "seconds") + " and try again.";

    /// <summary>Call after <c>UseOutputCache</c>: only requests the cache did not answer get here.</summary>
    public static IApplicationBuilder UseExpensiveRequestLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = RateLimitingExtensions.LimitsOf(context);
        if (!limit.Enabled || context.IsErrorReExecution()
            || context.GetEndpoint()?.Metadata.GetOrderedMetadata<ExpensiveWhenUncachedAttribute>() is not { Count: > 0 } marks
            || !marks.Any(m => m.AppliesTo(context)))
        {
            await next(context);
            return;
        }

        var limiter = context.RequestServices.GetRequiredService<ExpensiveRequestLimiter>();
        using var lease = await limiter.AcquireAsync(context, context.RequestAborted);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limit.ExpensiveRefill;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Features.Set(new StatusMessageFeature(Message(seconds)));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
    });
}
