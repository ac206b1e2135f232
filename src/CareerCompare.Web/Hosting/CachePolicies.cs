using CareerCompare.Web.Data;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.OutputCaching;

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

    /// <summary>A profile: cached only when not reached from a list (its way back is written for each request).</summary>
    public const string Profile = "profile";

    /// <summary>A comparison's state as the page reads it: its code in capitals, spaces around it dropped.</summary>
    public static KeyValuePair<string, string> KeyOfState(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.Request.Query["state"].ToString();
        return new("state", string.IsNullOrWhiteSpace(state) ? string.Empty : state.Trim().ToUpperInvariant());
    }

    /// <summary>The list's parameters written one way (<see cref="OccupationListQuery.Normalised"/>), as the list reads them.</summary>
    public static KeyValuePair<string, string> KeyOfList(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new("list", OccupationListQuery.FromQueryString(context.Request.QueryString.Value).Normalised().QueryString());
    }

    /// <summary>Suggestions depend only on the words typed, in lower case (SearchText.Words): "Nurse " is "nurse".</summary>
    public static KeyValuePair<string, string> KeyOfSuggestion(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Request.Query["q"].ToString();
        return new("q", text.Length <= SuggestionService.MaxTextLength ? string.Join(' ', SearchText.Words(text)) : text);
    }

    /// <summary>A profile not reached from a list: the only one kept in the cache (see <see cref="Profile"/>).</summary>
    public static bool WithoutWayBack(OutputCacheContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !context.HttpContext.Request.Query.ContainsKey("from");
    }

    private static readonly string[] PickerBoxes = ["a", "b", "c", "d"];

    /// <summary>Every box of the picker blank or an occupation's address ("registered-nurses").</summary>
    public static bool PickerHoldsAddresses(OutputCacheContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.HttpContext.Request.Query;
        return PickerBoxes.All(box => query[box].ToString() is var value && (string.IsNullOrWhiteSpace(value) || Slug.IsValid(value)));
    }
}
