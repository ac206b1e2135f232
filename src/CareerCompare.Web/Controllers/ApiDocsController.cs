using CareerCompare.Web.Hosting;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

/// <summary>The guide to the JSON API and the CSV files, for people.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ApiDocsController(OpenDataService data) : Controller
{
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("/api")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await data.GuideAsync(cancellationToken));
}
