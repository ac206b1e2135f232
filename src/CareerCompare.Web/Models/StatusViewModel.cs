namespace CareerCompare.Web.Models;

/// <summary>A friendly error page: what happened, and where to go next.</summary>
public sealed record StatusViewModel(int StatusCode, string Title, string Message, string? ProfileSlug = null);
