namespace CareerCompare.Web.Formatting;

/// <summary>Page titles that fit a search result (about 70 characters).</summary>
public static class PageTitle
{
    public const string SiteName = "CareerCompare";
    public const int MaxLength = 70;
    private const string Suffix = " · " + SiteName;

    /// <summary>"Registered Nurses · CareerCompare"; the site's name is left off when the title would be too long with it.</summary>
    public static string Full(string? title) =>
        string.IsNullOrWhiteSpace(title) ? SiteName : title.Length + Suffix.Length <= MaxLength ? title + Suffix : title;

    /// <summary>The text cut at a word to at most <paramref name="max"/> characters, with "…" when cut.</summary>
    public static string Shorten(string text, int max = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
