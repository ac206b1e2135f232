using CareerCompare.Web.Hosting;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

/// <summary>What search engines read first: robots.txt and the sitemap.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SeoController(SitemapService sitemap, SiteUrls urls) : Controller
{
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var result = View(await sitemap.GetAsync(cancellationToken));
        result.ContentType = "application/xml; charset=utf-8";
        return result;
    }

    // The API and the search box's suggestions are for programs; everything else is for everyone.
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("/robots.txt")]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /api/v1/\nDisallow: /occupations/suggest\nDisallow: /error\n\nSitemap: {urls.Action(nameof(Sitemap), "Seo")}\n",
        "text/plain; charset=utf-8");
}
