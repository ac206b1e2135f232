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
}
