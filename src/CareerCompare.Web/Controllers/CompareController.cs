using CareerCompare.Web.Hosting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

[Route("compare")]
public sealed class CompareController(ComparisonService comparisons) : Controller
{
    /// <summary>The picker; with two to four occupations chosen it sends the visitor to the comparison's own address.</summary>
    [OutputCache(PolicyName = CachePolicies.Picker)]
    [HttpGet("")]
    public async Task<IActionResult> Index(string? a, string? b, string? c, string? d, string? state, CancellationToken cancellationToken)
    {
        var (typed, onlyFirst) = ComparisonService.ReadPicker(a, b, c, d, secondSent: Request.Query.ContainsKey("b"));
        if (onlyFirst)
        {
            return View(new ComparePickerViewModel(await comparisons.TitlesAsync(typed, cancellationToken)));
        }

        if (Array.TrueForAll(typed, t => t is null))
        {
            return View(new ComparePickerViewModel(typed));
        }

        var resolved = await comparisons.ResolveAsync(typed, cancellationToken);
        if (resolved.Slugs is not { } slugs)
        {
            var result = View(new ComparePickerViewModel(typed, resolved.Error) { ChoiceBox = resolved.Box, Choices = resolved.Choices ?? [] });
            result.StatusCode = StatusCodes.Status400BadRequest;
            return result;
        }

        // A state chosen on a comparison stays with it when occupations are added or changed; checked here, so the
        // picker never sends anyone on to an address that answers 400, and written as the comparison writes it.
        var (inState, unknownState) = await comparisons.StateAsync(state, cancellationToken);
        if (unknownState is not null)
        {
            var result = View(new ComparePickerViewModel(typed, unknownState));
            result.StatusCode = StatusCodes.Status400BadRequest;
            return result;
        }

        return RedirectToAction(nameof(Show), new { pair = ComparisonAddress.Of(slugs), state = inState?.Code });
    }

    /// <param name="state">A two-letter state code, any case (<c>?state=TX</c>): each occupation's pay in that state beside the national figures.</param>
    [OutputCache(PolicyName = CachePolicies.Compare)]
    [ExpensiveWhenUncached(ExpensiveWhen.ThreeOrMoreOccupations)]
    [HttpGet("{pair}")]
    public async Task<IActionResult> Show(string pair, string? state, CancellationToken cancellationToken)
    {
        var result = await comparisons.GetAsync(pair, state, cancellationToken);
        if (result.Model is not null)
        {
            return View(result.Model);
        }

        var title = result.StatusCode == StatusCodes.Status404NotFound ? "Comparison not found"
            : result.UnknownState ? "Unknown state" : "Pick two different occupations";
        return this.StatusPage(result.StatusCode, title, result.Problem!, result.RedirectSlug);
    }
}
