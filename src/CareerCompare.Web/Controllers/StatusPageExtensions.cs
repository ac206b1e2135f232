using CareerCompare.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Controllers;

internal static class StatusPageExtensions
{
    /// <summary>The friendly error page with this status code, saying what went wrong in plain words.</summary>
    public static ViewResult StatusPage(this Controller controller, int statusCode, string title, string message, string? profileSlug = null)
    {
        controller.ViewData.Model = new StatusViewModel(statusCode, title, message, profileSlug);
        return new ViewResult { ViewName = "~/Views/Shared/StatusPage.cshtml", ViewData = controller.ViewData, StatusCode = statusCode };
    }

    /// <summary>
    /// A path segment as it was asked for. Model binding reads a blank one ("/occupations/%20", a tab, a no-break
    /// space) as null; the route keeps the text, so the not-found answer can quote it like any other unknown slug.
    /// </summary>
    public static string RouteText(this ControllerBase controller, string? bound, string name) =>
        bound ?? controller.RouteData.Values[name] as string ?? string.Empty;
}
