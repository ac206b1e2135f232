using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Refuses an address that gives any query key more than once (?min=1&amp;min=2, ?zz=1&amp;zz=2; keys compare
/// without regard to case, as binding reads them) with 400 and a message saying which: binding would silently keep
/// the first value, and the visitor would see results for a filter they did not mean. It runs before the output
/// cache, so the answer is the same whether or not the address without the repeat is cached, on every page and
/// endpoint. The error page (or problem details) shows the message. The list's interests are the one setting that takes
/// several values (a box ticked for each).
/// </summary>
public static class SingleValuedQuery
{
    /// <summary>The keys that may be given more than once.</summary>
    public static readonly IReadOnlySet<string> MultiValued = new HashSet<string>(["interest"], StringComparer.OrdinalIgnoreCase);

    public static IApplicationBuilder UseSingleValuedQuery(this IApplicationBuilder app) => app.Use(next => context =>
    {
        if (context.Request.QueryString.HasValue && !context.IsErrorReExecution()
            && context.Request.Query.FirstOrDefault(p => p.Value.Count > 1 && !MultiValued.Contains(p.Key)) is { Key: not null } repeated)
        {
            context.Features.Set(new StatusMessageFeature(
                $"The address gives \"{Wording.Echo(repeated.Key)}\" {repeated.Value.Count} times. Give each setting once."));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        return next(context);
    });
}

/// <summary>What the error page says for a request refused before it reached a page (instead of its general words).</summary>
public sealed record StatusMessageFeature(string Message);
