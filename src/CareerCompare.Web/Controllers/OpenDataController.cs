using CareerCompare.Web.Hosting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCompare.Web.Controllers;

/// <summary>
/// The JSON API (version 1) and the CSV files. The same services as the pages answer, with the same validation and
/// messages; problems come back as problem details (RFC 9457).
/// </summary>
[ApiController]
[Route("api/v1")]
public sealed class OpenDataController(OpenDataService data, StateService states) : ControllerBase
{
    /// <summary>List and filter occupations.</summary>
    /// <remarks>
    /// Searches titles, categories and other names for the job; keeps one category; keeps a yearly salary range (both
    /// bounds included) on the median (the default) or the mean; sorts; pages by 20 with the total count. Bad values answer 400 with
    /// the list page's messages, a page past the last 404.
    /// </remarks>
    [OutputCache(PolicyName = CachePolicies.List)]
    [ExpensiveWhenUncached(ExpensiveWhen.WithState)]
    [HttpGet("occupations")]
    [Tags("Occupations")]
    [ProducesResponseType<ApiOccupationList>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> List([FromQuery] OccupationListQuery query, CancellationToken cancellationToken) =>
        Answer(await data.ListAsync(query.Normalised(), cancellationToken));

    /// <summary>The filtered list as a CSV file.</summary>
    /// <remarks>Every occupation the filters keep (all pages), one row each, with the source and vintage of each figure.</remarks>
    [OutputCache(PolicyName = CachePolicies.List)]
    [ExpensiveWhenUncached(ExpensiveWhen.Always)]
    [HttpGet("occupations.csv")]
    [Tags("CSV")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> ListCsv([FromQuery] OccupationListQuery query, CancellationToken cancellationToken) =>
        Download(await data.ListCsvAsync(query.Normalised(), cancellationToken));

    /// <summary>One occupation with every figure, its source and vintage.</summary>
    /// <param name="slug">The occupation's address, as in /occupations/{slug}: "registered-nurses".</param>
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("occupations/{slug}")]
    [Tags("Occupations")]
    [ProducesResponseType<ApiOccupation>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Occupation(string? slug, CancellationToken cancellationToken) =>
        Answer(await data.OccupationAsync(this.RouteText(slug, nameof(slug)), cancellationToken));

    /// <summary>A comparison of two to four occupations, figure by figure.</summary>
    /// <param name="pair">Two to four slugs joined by "-vs-", as in /compare/{pair}: "registered-nurses-vs-nurse-practitioners".</param>
    /// <param name="state">A two-letter state code, any case (<c>TX</c>): the state rows are that state's only (mean, at national prices, against the national mean; May 2023).</param>
    [OutputCache(PolicyName = CachePolicies.Compare)]
    [ExpensiveWhenUncached(ExpensiveWhen.ThreeOrMoreOccupations)]
    [HttpGet("compare/{pair}")]
    [Tags("Comparisons")]
    [ProducesResponseType<ApiComparison>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Comparison(string? pair, string? state, CancellationToken cancellationToken) =>
        Answer(await data.ComparisonAsync(this.RouteText(pair, nameof(pair)), state, cancellationToken));

    /// <summary>A comparison as a CSV file.</summary>
    /// <remarks>One row per figure and occupation, with its unit, status, source and vintage.</remarks>
    /// <param name="pair">Two to four slugs joined by "-vs-".</param>
    /// <param name="state">A two-letter state code, any case (<c>TX</c>): of the state figures, that state's only, as on the page.</param>
    [OutputCache(PolicyName = CachePolicies.Compare)]
    [ExpensiveWhenUncached(ExpensiveWhen.Always)]
    [HttpGet("compare/{pair}.csv")]
    [Tags("CSV")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> ComparisonCsv(string? pair, string? state, CancellationToken cancellationToken) =>
        Download(await data.ComparisonCsvAsync(this.RouteText(pair, nameof(pair)), state, cancellationToken));

    /// <summary>Every state, DC and territory with its price level (BEA RPP 2023) and its all-occupations mean (May 2023).</summary>
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("states")]
    [Tags("States")]
    [ProducesResponseType<ApiState[]>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> States(CancellationToken cancellationToken) =>
        Ok((await states.AllAsync(cancellationToken)).Select(states.ToApi).ToList());

    /// <summary>One state: its price level and every occupation's mean there, at national prices and against its national mean of the same year.</summary>
    /// <param name="name">The state's address ("new-york"); its postal code ("NY") or another case is sent there (301).</param>
    [OutputCache(PolicyName = CachePolicies.Page)]
    [HttpGet("states/{name}")]
    [Tags("States")]
    [ProducesResponseType<ApiStateDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status301MovedPermanently)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> State(string? name, CancellationToken cancellationToken)
    {
        name = this.RouteText(name, nameof(name));
        var state = await states.FindAsync(name, cancellationToken);
        if (state is null)
        {
            return Problem(StateService.NotFoundMessage(name), statusCode: StatusCodes.Status404NotFound, title: "State not found");
        }

        // One address a state, as for the pages: any other spelling is sent there (301), and only that one is cached.
        return name == state.Slug
            ? Ok(await states.ApiAsync(state, cancellationToken))
            : RedirectToActionPermanent(nameof(State), new { name = state.Slug });
    }

    private IActionResult Answer<T>(OpenDataResult<T> result)
        where T : class =>
        result.Value is { } value ? Ok(value) : ProblemFor(result);

    private IActionResult Download(OpenDataResult<CsvFile> result) =>
        result.Value is { } file ? File(file.Content, "text/csv; charset=utf-8", file.FileName) : ProblemFor(result);

    private ObjectResult ProblemFor<T>(OpenDataResult<T> result)
        where T : class
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return Problem(result.Detail, statusCode: result.StatusCode, title: result.Title);
        }

        var state = new ModelStateDictionary();
        foreach (var error in errors)
        {
            state.AddModelError(error.Field, error.Message);
        }

        return ValidationProblem(result.Detail, statusCode: result.StatusCode, title: result.Title, modelStateDictionary: state) as ObjectResult
            ?? throw new InvalidOperationException("A validation problem is an object result.");
    }
}
