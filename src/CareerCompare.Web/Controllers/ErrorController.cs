using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

/// <summary>Pages for errors that no action handled itself: unknown addresses and unexpected failures.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorController : Controller
{
    [Route("")]
    public IActionResult Index() => this.StatusPage(StatusCodes.Status500InternalServerError, "Something went wrong",
        "Sorry, this page could not be shown. Please try again in a moment.");

    [Route("{code:int}")]
    public IActionResult Status(int code) => code switch
    {
        StatusCodes.Status404NotFound => this.StatusPage(code, "Page not found",
            "There is no page at this address. Browse the occupations or search for a title."),
        StatusCodes.Status400BadRequest => this.StatusPage(code, "Bad request", "The address or form could not be understood."),
        StatusCodes.Status405MethodNotAllowed => this.StatusPage(code, "Not allowed", "This page can only be read, not sent to."),
        _ => this.StatusPage(code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError, "Something went wrong",
            "Sorry, this page could not be shown."),
    };
}
