using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Every GET action answers HEAD too (load balancers and link checkers ask with HEAD); Kestrel sends the
/// headers and drops the body. Without it a HEAD request gets 405.
/// </summary>
public sealed class HeadRequestsConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        foreach (var selector in action.Selectors)
        {
            var constraint = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault();
            if (constraint is null || !constraint.HttpMethods.Contains(HttpMethods.Get) || constraint.HttpMethods.Contains(HttpMethods.Head))
            {
                continue;
            }

            string[] methods = [.. constraint.HttpMethods, HttpMethods.Head];
            selector.ActionConstraints.Remove(constraint);
            selector.ActionConstraints.Add(new HttpMethodActionConstraint(methods));
            foreach (var metadata in selector.EndpointMetadata.OfType<HttpMethodMetadata>().ToList())
            {
                selector.EndpointMetadata.Remove(metadata);
            }

            selector.EndpointMetadata.Add(new HttpMethodMetadata(methods));
        }
    }
}
