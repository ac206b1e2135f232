using CareerCompare.Web.Data;
using CareerCompare.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

/// <summary>
/// Pages for errors that no action handled itself: unknown addresses, refused requests and unexpected failures.
/// They say what happened in plain words and never show the exception. A request for JSON (an /api/ address, or
/// one that accepts JSON and not HTML) gets the same as problem details. They answer any method, since the request
/// that failed may be a POST, but only when the site re-runs a request to write its error page: asked for directly,
/// /error/500 is an address like any other that does not exist.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorController : Controller
{
    /// <summary>Seconds a visitor is asked to wait when the database cannot be read.</summary>
    public const int UnavailableRetrySeconds = 30;

    [Route("")]
    public IActionResult Index()
    {
        if (!HttpContext.IsErrorReExecution())
        {
            return NotFound();
        }

        if (DatabaseFaults.IsUnavailable(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            Response.Headers.RetryAfter = UnavailableRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Answer(StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable",
                "The occupations data cannot be read at the moment. Please try again in a minute.");
        }

        return Answer(StatusCodes.Status500InternalServerError, "Something went wrong",
            "Sorry, this page could not be shown. Please try again in a moment.");
    }

    [Route("{code:int}")]
    public IActionResult Status(int code) => !HttpContext.IsErrorReExecution() ? NotFound() : code switch
    {
        StatusCodes.Status404NotFound => Answer(code, "Page not found", IsApi(OriginalPath())
            ? "There is nothing at this address. The API's addresses are listed at /api."
            : "There is no page at this address. Browse the occupations or search for a title."),
        StatusCodes.Status400BadRequest => Answer(code, "Bad request",
            HttpContext.Features.Get<StatusMessageFeature>()?.Message ?? "The address or form could not be understood."),
        StatusCodes.Status405MethodNotAllowed => Answer(code, "Not allowed", "This page can only be read, not sent to."),
        StatusCodes.Status429TooManyRequests => Answer(code, "Too many requests",
            HttpContext.Features.Get<StatusMessageFeature>()?.Message
            ?? "You have asked for a lot of pages in a short time. Please wait a few seconds and try again."),
        StatusCodes.Status503ServiceUnavailable => Answer(code, "Temporarily unavailable",
            "The site cannot answer at the moment. Please try again in a minute."),
        _ => Answer(code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError, "Something went wrong",
            "Sorry, this page could not be shown."),
    };

    private IActionResult Answer(int statusCode, string title, string message) => WantsJson()
        ? Problem(statusCode: statusCode, title: title, detail: message)
        : this.StatusPage(statusCode, title, message);

    private string? OriginalPath() =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
        ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
        ?? Request.Path.Value;

    private static bool IsApi(string? path) => path is not null && path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    private bool WantsJson()
    {
        // The API and the search box's suggestions answer JSON, so their errors are problem details whatever was accepted.
        var path = OriginalPath();
        if (IsApi(path) || string.Equals(path, "/occupations/suggest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var accepted = Request.GetTypedHeaders().Accept;
        return accepted.Any(a => a.MediaType.Value is "application/json" or "application/problem+json")
            && !accepted.Any(a => a.MediaType.Value is "text/html");
    }
}
