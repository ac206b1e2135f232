namespace CareerCompare.Web.Hosting;

/// <summary>
/// The output cache's policies. Each varies only by the query parameters its page reads, so a flood of made-up
/// parameters is served from one entry; every entry is tagged with the catalogue, so an import empties the cache.
/// </summary>
public static class CachePolicies
{
    /// <summary>The tag of every cached answer that shows catalogue data.</summary>
    public const string CatalogueTag = "catalogue";

    /// <summary>Pages whose address says everything: home, profiles, comparisons, the API guide, the sitemap.</summary>
    public const string Page = "page";

    /// <summary>A comparison page: its address and the state it is shown in (<c>?state=TX</c>).</summary>
    public const string Compare = "compare";

    /// <summary>The list of occupations (page and API): search, category, salary range, sort, page.</summary>
    public const string List = "list";

    /// <summary>Search suggestions: the text typed.</summary>
    public const string Suggest = "suggest";

    /// <summary>The comparison picker: its four boxes (answers that redirect are not cached).</summary>
    public const string Picker = "picker";

    public static readonly string[] ListParameters = [.. Models.OccupationListQuery.Parameters];

    /// <summary>A profile: the list it was reached from (the way back), nothing else.</summary>
    public const string Profile = "profile";
}
