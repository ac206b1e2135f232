using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

[Route("compare")]
public sealed class CompareController(ComparisonService comparisons) : Controller
{
    /// <summary>The picker; with both occupations chosen it sends the visitor to the comparison's own address.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? a, string? b, CancellationToken cancellationToken)
    {
        a = string.IsNullOrWhiteSpace(a) ? null : a.Trim();
        b = string.IsNullOrWhiteSpace(b) ? null : b.Trim();
        if (a is null && b is null || Request.Query.Count == 0)
        {
            return View(await comparisons.GetPickerAsync(a, b, null, cancellationToken));
        }

        var error = (a, b) switch
        {
            (null, _) or (_, null) => "Choose two occupations to compare.",
            _ when a == b => "You chose the same occupation twice. Choose two different occupations to compare.",
            _ => null,
        };
        if (error is not null)
        {
            var picker = await comparisons.GetPickerAsync(a, b, error, cancellationToken);
            var result = View(picker);
            result.StatusCode = StatusCodes.Status400BadRequest;
            return result;
        }

        return RedirectToAction(nameof(Show), new { pair = ComparisonService.PairPath([a!, b!]) });
    }

    [HttpGet("{pair}")]
    public async Task<IActionResult> Show(string pair, CancellationToken cancellationToken)
    {
        var result = await comparisons.GetAsync(pair, cancellationToken);
        if (result.Model is not null)
        {
            return View(result.Model);
        }

        var title = result.StatusCode == StatusCodes.Status404NotFound ? "Comparison not found" : "Pick two different occupations";
        return this.StatusPage(result.StatusCode, title, result.Problem!, result.RedirectSlug);
    }
}
