using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

[Route("occupations")]
public sealed class OccupationsController(OccupationListService list, OccupationProfileService profiles) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OccupationListQuery query, CancellationToken cancellationToken)
    {
        var model = await list.GetAsync(query, cancellationToken);
        var status = model.Errors.Count == 0 ? StatusCodes.Status200OK
            : model.Errors.Any(e => e.Field == "page") && model.TotalPages > 0 ? StatusCodes.Status404NotFound
            : StatusCodes.Status400BadRequest;
        var result = View(model);
        result.StatusCode = status;
        return result;
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Profile(string slug, CancellationToken cancellationToken)
    {
        var model = await profiles.GetAsync(slug, cancellationToken);
        return model is null
            ? this.StatusPage(StatusCodes.Status404NotFound, "Occupation not found",
                $"We have no occupation called \"{slug}\". Browse the list of occupations or search for another title.")
            : View(model);
    }
}
