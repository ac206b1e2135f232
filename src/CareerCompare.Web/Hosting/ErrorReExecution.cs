using Microsoft.AspNetCore.Diagnostics;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Tells the site's own second run of a request, made to write its error page (by the status code pages or the
/// exception handler), from a request a client sent. Only the first renders /error pages and passes the rate
/// limiter free: a client asking for /error/500 itself gets the ordinary 404 and counts like any other request.
/// </summary>
public static class ErrorReExecution
{
    public static bool IsErrorReExecution(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
    }
}
