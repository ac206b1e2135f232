using CareerCompare.Web.Formatting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareerCompare.Web.Controllers;

/// <summary>
/// Refuses an address that gives one setting twice (?min=1&amp;min=2) with a 400 page saying which: binding
/// would silently keep the first value, and the visitor would see results for a filter they did not mean.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SingleValuedQueryAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var repeated = context.HttpContext.Request.Query.FirstOrDefault(p => p.Value.Count > 1);
        if (repeated.Key is null)
        {
            return;
        }

        var message = $"The address gives \"{Wording.Echo(repeated.Key)}\" {repeated.Value.Count} times. Give each setting once.";
        // Pages answer with the status page, the API with problem details: the same rule and message for both.
        context.Result = context.Controller switch
        {
            Controller page => page.StatusPage(StatusCodes.Status400BadRequest, "Bad request", message),
            ControllerBase api => api.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request"),
            _ => null,
        };
    }
}
