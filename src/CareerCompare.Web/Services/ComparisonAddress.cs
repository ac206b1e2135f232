namespace CareerCompare.Web.Services;

/// <summary>
/// The one way a comparison's address is written and read: its slugs joined by "-vs-"
/// (/compare/nurse-practitioners-vs-registered-nurses).
/// </summary>
public static class ComparisonAddress
{
    public const string Separator = "-vs-";

    /// <summary>The address part of a comparison of these occupations, in this order (the first is the one differences are taken from).</summary>
    public static string Of(params IEnumerable<string> slugs) => string.Join(Separator, slugs);

    /// <summary>
    /// The one address search engines are given for a comparison: its slugs in ordinal order. Every order is a page
    /// of its own (the differences are taken from the first occupation), so the others answer 200 and declare this one.
    /// </summary>
    public static string Canonical(IEnumerable<string> slugs) => Of(slugs.Order(StringComparer.Ordinal));

    /// <summary>The slugs an address part names, in its order; no check that they are slugs.</summary>
    public static IReadOnlyList<string> Slugs(string? pair) => (pair ?? string.Empty).Split(Separator);
}
