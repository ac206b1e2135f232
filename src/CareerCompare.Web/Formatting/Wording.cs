namespace CareerCompare.Web.Formatting;

/// <summary>Small helpers for sentences written from data: "a patient relations director", "a, b and c".</summary>
public static class Wording
{
    /// <summary>The projections cycle <see cref="GrowthOutlookBands"/> are defined for; a new cycle needs its own bands.</summary>
    public static readonly string GrowthOutlookCycle = Data.Import.OfficialSources.Projections.Vintage;

    /// <summary>
    /// The words BLS uses for a projected change in employment over 2024–34, from the fastest growth down, each with the
    /// whole percentages it covers. BLS compares an occupation's projected change, rounded to a whole percent, with the
    /// average for all occupations (+3.1% for 2024–34, <see cref="Data.Import.OfficialFiles.AllOccupationsGrowthPercent"/>).
    /// </summary>
    /// <remarks>
    /// The terms are the Occupational Outlook Handbook's (https://www.bls.gov/ooh/about/occupational-information-included-in-the-ooh.htm,
    /// "Job Outlook"). The Handbook's own table of the percent ranges for the 2024–34 cycle could not be read in the copies
    /// available when this was written, so the ranges are the ones O*NET OnLine prints beside each term for "Projected
    /// growth (2024-2034)", which it takes from the BLS Employment Projections program (for example
    /// https://www.onetonline.org/link/summary/29-1141.00: "Faster than average (5% to 6%)"): 7% or higher, 5% to 6%,
    /// 3% to 4%, 1% to 2%, and −1% or lower for a decline; "little or no change" is what lies between (0%). They were
    /// checked against the 2024–34 percent change of 57 occupations whose O*NET band was known (4.4% is as fast as
    /// average, 4.6% faster; 6.1% faster, 6.5% much faster; 0.7% slower; −1.1% a decline), which also shows the rounding:
    /// half a percent rounds away from zero.
    /// </remarks>
    public static IReadOnlyList<GrowthOutlookBand> GrowthOutlookBands { get; } =
    [
        new("much faster than average", 7, "7% or more"),
        new("faster than average", 5, "5% to 6%"),
        new("as fast as average", 3, "3% to 4%"),
        new("slower than average", 1, "1% to 2%"),
        new("little or no change", 0, "0%"),
        new("decline", null, "−1% or less"),
    ];

    /// <summary>
    /// BLS's words for a projected change in employment, 2024–34, in percent ("faster than average" for +4.9%); null when
    /// the change is unknown. See <see cref="GrowthOutlookBands"/> for the ranges and where they come from.
    /// </summary>
    public static string? GrowthOutlook(double? percent)
    {
        if (percent is not { } p || !double.IsFinite(p))
        {
            return null;
        }

        var whole = Math.Round(p, MidpointRounding.AwayFromZero);
        return GrowthOutlookBands.First(b => b.FromWholePercent is not { } from || whole >= from).Words;
    }

    /// <summary>
    /// What the outlook words mean, said once on a page that uses them: "BLS words a projected change against the average
    /// for all occupations (+3.1% over 2024–34), rounded to a whole percent: much faster than average, 7% or more; …".
    /// </summary>
    public static string GrowthOutlookExplained() =>
        $"BLS words a projected change in employment against the average for all occupations "
        + $"({FigureFormat.Growth(Data.Import.OfficialFiles.AllOccupationsGrowthPercent)} over {GrowthOutlookCycle}), rounded to a whole percent: "
        + string.Join("; ", GrowthOutlookBands.Select(b => $"{b.Words}, {b.Range}")) + ".";

    /// <summary>"a patient relations director earns" → "A patient relations director earns": a sentence's first letter.</summary>
    public static string Capitalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"Patient Care" → "patient care"; acronyms such as "EHR" keep their capitals.</summary>
    public static string Lower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split(' ').Select(word => word.Count(char.IsUpper) > 1 ? word : word.ToLowerInvariant()));
    }

    /// <summary>"a patient relations director", "an accountant".</summary>
    public static string WithArticle(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return (noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    /// <summary>"a, b and c", or with <paramref name="serialComma"/> "a, b, and c"; "or" instead of "and" on request.</summary>
    public static string JoinList(IReadOnlyList<string> items, bool serialComma = false, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => $"{items[0]} {conjunction} {items[1]}",
            _ => string.Join(", ", items.Take(items.Count - 1)) + (serialComma ? "," : string.Empty) + $" {conjunction} " + items[^1],
        };
    }

    /// <summary>
    /// What a visitor typed, made safe to quote back in a message: control and formatting characters (NUL,
    /// right-to-left overrides and the like, which could hide or reorder the words around them) are dropped and
    /// anything past <paramref name="maxLength"/> characters is cut to "…". HTML encoding is still the view's job.
    /// </summary>
    public static string Echo(string text, int maxLength = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = new string(text.Where(c => char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.Format)).ToArray());
        return visible.Length <= maxLength ? visible : visible[..maxLength] + "…";
    }
}

/// <summary>One of BLS's outlook terms: its words, the lowest whole percent it covers (none for a decline) and its range as written.</summary>
public sealed record GrowthOutlookBand(string Words, int? FromWholePercent, string Range);
