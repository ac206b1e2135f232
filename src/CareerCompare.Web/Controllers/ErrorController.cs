using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

/// <summary>
/// Pages for errors that no action handled itself: unknown addresses and unexpected failures. Under /api the answer
/// is a problem details document instead of a page.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult Index() =>
        Answer(HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path, StatusCodes.Status500InternalServerError,
            "Something went wrong", "Sorry, this page could not be shown. Please try again in a moment.");

    [Route("{code:int}")]
    public IActionResult Status(int code)
    {
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        return code switch
        {
            StatusCodes.Status404NotFound => Answer(path, code, "Page not found",
                IsApi(path) ? "There is nothing at this address. The API's addresses are listed at /api." :
                "There is no page at this address. Browse the occupations or search for a title."),
            StatusCodes.Status400BadRequest => Answer(path, code, "Bad request", "The address or form could not be understood."),
            StatusCodes.Status405MethodNotAllowed => Answer(path, code, "Not allowed", "This page can only be read, not sent to."),
            _ => Answer(path, code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError, "Something went wrong",
                "Sorry, this page could not be shown."),
        };
    }

    private IActionResult Answer(string? path, int code, string title, string message) =>
        IsApi(path) ? Problem(message, statusCode: code, title: title) : this.StatusPage(code, title, message);

    private static bool IsApi(string? path) => path is not null && path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
}
