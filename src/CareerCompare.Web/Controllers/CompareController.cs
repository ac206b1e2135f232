using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

[Route("compare")]
public sealed class CompareController(ComparisonService comparisons) : Controller
{
    /// <summary>The picker; with two to four occupations chosen it sends the visitor to the comparison's own address.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? a, string? b, string? c, string? d, CancellationToken cancellationToken)
    {
        string?[] typed = [Clean(a), Clean(b), Clean(c), Clean(d)];
        // A link from a profile names only the first occupation: show the form with it filled in.
        var onlyFirst = !Request.Query.ContainsKey("b") && typed.Skip(1).All(t => t is null);
        if (typed.All(t => t is null) || onlyFirst)
        {
            return View(new ComparePickerViewModel(onlyFirst ? await comparisons.TitlesAsync(typed, cancellationToken) : typed));
        }

        var (slugs, error) = await comparisons.ResolveAsync(typed, cancellationToken);
        if (slugs is null)
        {
            var result = View(new ComparePickerViewModel(typed, error));
            result.StatusCode = StatusCodes.Status400BadRequest;
            return result;
        }

        return RedirectToAction(nameof(Show), new { pair = ComparisonService.PairPath(slugs) });
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

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
