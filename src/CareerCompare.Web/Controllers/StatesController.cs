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
        var state = await states.FindAsync(name, cancellationToken);
        if (state is null)
        {
            return this.StatusPage(StatusCodes.Status404NotFound, "State not found", StateService.NotFoundMessage(name));
        }

        // One address a state: "/states/CALIFORNIA" and "/states/CA" lead to /states/california, which alone is cached.
        return name == state.Slug
            ? View(await states.GetAsync(state, cancellationToken))
            : RedirectToActionPermanent(nameof(Show), new { name = state.Slug });
    }
}
