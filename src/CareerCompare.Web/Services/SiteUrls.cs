using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Services;

/// <summary>Settings of the public site ("Site" in appsettings.json).</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// The site's public address ("https://careercompare.example"), used in canonical links, the sitemap and the API's
    /// links. Empty: the address the request came to, in lower case, whose host name is one of AllowedHosts (the
    /// framework's host filtering refuses others with 400) and whose scheme is http or https
    /// (Hosting/HardeningExtensions.cs). Behind a load balancer set it: the instances then write one address whatever
    /// Host header reached them.
    /// </summary>
    public string? BaseUrl { get; set; }
}

/// <summary>Absolute addresses of the site's pages, for canonical links, link previews, the sitemap and the API.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor accessor, LinkGenerator links)
{
    /// <summary>The absolute address of a path on this site ("/occupations" → "https://host/occupations").</summary>
    public string Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
        {
            return options.Value.BaseUrl.TrimEnd('/') + path;
        }

        var request = accessor.HttpContext?.Request
            ?? throw new InvalidOperationException("Absolute addresses need a request or Site:BaseUrl.");
        // Host names are case-insensitive, and the output cache keys them so: "LocalHost" and "localhost" share one
        // cached page, which must not carry the first visitor's spelling.
        return $"{request.Scheme}://{request.Host.Value?.ToLowerInvariant()}{request.PathBase}{path}";
    }

    /// <summary>The absolute address of an action, like the tag helpers' asp-controller/asp-action.</summary>
    public string Action(string action, string controller, object? values = null) =>
        Absolute(links.GetPathByAction(action, controller, values)
            ?? throw new InvalidOperationException($"No route leads to {controller}.{action}."));
}
