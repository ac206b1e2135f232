using CareerCompare.Web.Hosting;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

/// <summary>Every data set the site uses, with its licence and the citation its publisher asks for.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SourcesController(DataSources sources) : Controller
{
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("/sources")]
    public IActionResult Index() => View(sources.Page());
}
