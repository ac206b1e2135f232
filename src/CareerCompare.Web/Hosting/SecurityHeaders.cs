using Microsoft.Net.Http.Headers;

namespace CareerCompare.Web.Hosting;

/// <summary>The headers every response carries, pages, errors and static files alike.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, styles and everything else from the site itself, and nothing inline: pages carry no inline script,
    /// style element or style attribute, and chart data travels in script type="application/json" blocks, which
    /// are data, not run. Bootstrap draws a few icons as data: SVG images.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// Puts the headers on every response, including those the framework writes before the site's own pipeline runs:
    /// host filtering's 400 for a Host not in AllowedHosts comes from a startup filter that wraps the whole pipeline,
    /// so this one is registered ahead of every other startup filter, making it the outermost middleware.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, OutermostFilter>());
        return services;
    }

    /// <summary>
    /// Sets the headers just before the response starts, so they survive the exception handler, which clears
    /// the response before it writes the error page.
    /// </summary>
    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpResponse)state);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });

    private sealed class OutermostFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseSecurityHeaders();
            next(app);
        };
    }

    private static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // Text says which encoding it is in, so no browser guesses (style sheets and scripts included).
        if (MediaTypeHeaderValue.TryParse(response.ContentType, out var type) && type.Charset.Length == 0 && IsText(type))
        {
            type.Charset = "utf-8";
            response.ContentType = type.ToString();
        }
    }

    private static bool IsText(MediaTypeHeaderValue type) =>
        type.Type.Equals("text", StringComparison.OrdinalIgnoreCase)
        || type.SubType.Equals("json", StringComparison.OrdinalIgnoreCase)
        || type.SubType.Equals("javascript", StringComparison.OrdinalIgnoreCase)
        || type.SubType.Equals("xml", StringComparison.OrdinalIgnoreCase)
        || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
        || type.Suffix.Equals("xml", StringComparison.OrdinalIgnoreCase);
}
