using CareerCompare.Web.Hosting;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

[Route("states")]
public sealed class StatesController(StateService states) : Controller
{
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await states.IndexAsync(cancellationToken));

    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("{name}")]
    public async Task<IActionResult> Show(string? name, CancellationToken cancellationToken)
    {
        name = this.RouteText(name, nameof(name));
        var model = await states.GetAsync(name, cancellationToken);
        return model is null
            ? this.StatusPage(StatusCodes.Status404NotFound, "State not found", StateService.NotFoundMessage(name))
            : View(model);
    }
}
