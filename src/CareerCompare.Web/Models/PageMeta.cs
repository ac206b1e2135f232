namespace CareerCompare.Web.Models;

/// <summary>
/// What search engines and link previews read about a page: its title and description, written from its data, and
/// the one address it is known by.
/// </summary>
/// <param name="Canonical">The page's canonical address, absolute.</param>
/// <param name="JsonLd">schema.org data about the page's subject, as JSON (profiles).</param>
public sealed record PageMeta(string Title, string Description, string Canonical, string? JsonLd = null);
