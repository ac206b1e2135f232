using CareerCompare.Web.Hosting;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

public sealed class HomeController(HomeService home) : Controller
{
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.GetAsync(cancellationToken));
}
