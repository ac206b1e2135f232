using CareerCompare.Web.Hosting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

[Route("occupations")]
public sealed class OccupationsController(OccupationListService list, OccupationProfileService profiles, SuggestionService suggestions) : Controller
{
    /// <summary>Suggestions for a search box as the visitor types: JSON, each with the profile's address.</summary>
    [OutputCache(PolicyName = CachePolicies.Suggest)]
    [HttpGet("suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > SuggestionService.MaxTextLength)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad search text",
                detail: $"Give the text to complete in q, 1 to {SuggestionService.MaxTextLength} characters.");
        }

        var found = await suggestions.SuggestAsync(q, cancellationToken);
        return Json(found.Select(s => new
        {
            s.Slug,
            s.Title,
            s.AlsoCalled,
            Url = Url.Action(nameof(Profile), new { slug = s.Slug }),
        }));
    }

    [OutputCache(PolicyName = CachePolicies.List)]
    [ExpensiveWhenUncached(ExpensiveWhen.WithState)]
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OccupationListQuery query, CancellationToken cancellationToken)
    {
        var model = await list.GetAsync(query.Normalised(), cancellationToken);
        var result = View(model);
        result.StatusCode = model.StatusCode;
        return result;
    }

    /// <param name="from">The query string of the list the visitor came from ("q=nurse&amp;min=60k"), for the way back.</param>
    [OutputCache(PolicyName = CachePolicies.Profile)]
    [HttpGet("{slug}")]
    public async Task<IActionResult> Profile(string? slug, string? from, CancellationToken cancellationToken)
    {
        slug = this.RouteText(slug, nameof(slug));
        var model = await profiles.GetAsync(slug, cancellationToken);
        if (model is null)
        {
            return this.StatusPage(StatusCodes.Status404NotFound, "Occupation not found", OccupationProfileService.NotFoundMessage(slug));
        }

        // The way back leads only to a list that is there, written as the list writes it: anything else in "from"
        // (parameters the list does not take, a list it would refuse: an unknown state, a page past the last) sends
        // the visitor on to the profile with the way back rebuilt or dropped, so one page is cached once.
        var back = OccupationListQuery.FromReturnAddress(from);
        if (back is not null && (await list.GetAsync(back, cancellationToken)).StatusCode != StatusCodes.Status200OK)
        {
            back = null;
        }

        if (!string.IsNullOrEmpty(from) && from != back?.QueryString())
        {
            return RedirectToActionPermanent(nameof(Profile), new { slug, from = back?.QueryString() });
        }

        return View(model.ComingFrom(back));
    }
}
