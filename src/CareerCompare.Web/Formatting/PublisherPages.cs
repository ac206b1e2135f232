using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using Microsoft.AspNetCore.Html;

namespace CareerCompare.Web.Formatting;

/// <summary>
/// The publishers' own pages behind the figures, one method a publisher, built from the occupation's codes and the
/// releases' years (<see cref="OfficialFiles"/>): the source notes link to them, the views only render the links. Null
/// where the publisher has no page for the occupation (the careers site's occupations, an occupation without a Handbook
/// page, an address the crosswalk cuts short).
/// </summary>
public static partial class PublisherPages
{
    /// <summary>
    /// BLS OEWS's page for the occupation in one May release ("https://www.bls.gov/oes/2025/may/oes291141.htm"): its
    /// national figures, and its industry and state profiles of that year. The national figures' own release by default
    /// (the last one BLS published, for an occupation it no longer publishes).
    /// </summary>
    public static string? Oews(OccupationDetails o, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.IsOfficial && o.SocCode is { } code && (year ?? o.WagesYear) is { } release
            ? $"https://www.bls.gov/oes/{Year(release)}/may/oes{code.Replace("-", string.Empty, StringComparison.Ordinal)}.htm"
            : null;
    }

    /// <summary>BLS OEWS's national table of one May release, every occupation on one page.</summary>
    public static string OewsNationalTable(int year) => $"https://www.bls.gov/oes/{Year(year)}/may/oes_nat.htm";

    /// <summary>
    /// BLS Employment Projections for the occupation: its Handbook page's "Job Outlook" tab, which gives the projections
    /// occupation by occupation; otherwise the projections table the site reads (Table 1.2).
    /// </summary>
    public static string? Projections(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return !o.IsOfficial ? null : Handbook(o) is { } page ? page + "#tab-6" : ProjectionsTable;
    }

    /// <summary>BLS Employment Projections' Table 1.2, occupational projections and worker characteristics.</summary>
    public const string ProjectionsTable = "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm";

    /// <summary>O*NET OnLine's summary of the O*NET-SOC occupation whose description is shown ("…/link/summary/29-1141.00").</summary>
    public static string? Onet(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.IsOfficial && o.OnetCode is { } code && OnetCode().IsMatch(code) ? $"https://www.onetonline.org/link/summary/{code}" : null;
    }

    /// <summary>
    /// The Occupational Outlook Handbook's page, as the import read it from the page the BLS crosswalk's "OOH Profile
    /// Website" points to (Data/Import/HandbookPages); null without a page, or for an address that is not a Handbook page's.
    /// </summary>
    public static string? Handbook(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.IsOfficial && o.HandbookAddress is { } address && HandbookAddress().Match(address) is { Success: true } m
            ? $"https://www.bls.gov/ooh/{m.Groups["group"].Value.ToLowerInvariant()}/{m.Groups["page"].Value.ToLowerInvariant()}.htm"
            : null;
    }

    /// <summary>BEA's Regional Price Parities by state, the release the price levels come from.</summary>
    public const string Prices = "https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area";

    /// <summary>BLS CPS Table 11, employed persons by detailed occupation, sex, race and Hispanic or Latino ethnicity.</summary>
    public const string Demographics = "https://www.bls.gov/cps/cpsaat11.htm";

    /// <summary>BLS CPS Table 39, median weekly earnings of full-time wage and salary workers by detailed occupation and sex.</summary>
    public const string EarningsBySex = "https://www.bls.gov/cps/cpsaat39.htm";

    /// <summary>
    /// The id of the layout's one hidden note, "external site", that describes every link to a publisher for screen
    /// readers: the notes' text stays the source's name, as it reads on screen.
    /// </summary>
    public const string ExternalNoteId = "external-site";

    /// <summary>
    /// A link to a publisher's page, as every note writes it: the page's name, described to screen readers as leaving
    /// the site (<see cref="ExternalNoteId"/>); nothing but the text where there is no page.
    /// </summary>
    public static IHtmlContent Link(string text, string? address)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoder = HtmlEncoder.Default;
        return new HtmlString(address is null ? encoder.Encode(text)
            : $"""<a href="{encoder.Encode(address)}" rel="noopener" class="publisher-link" aria-describedby="{ExternalNoteId}">{encoder.Encode(text)}</a>""");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex OnetCode();

    // The crosswalk writes "https://www.bls.gov/OOH/healthcare/registered-nurses.htm"; a page name is words joined by hyphens.
    [GeneratedRegex(@"^https?://www\.bls\.gov/ooh/(?<group>[a-z-]+)/(?<page>[a-z0-9]+(?:-[a-z0-9]+)*)\.htm$", RegexOptions.IgnoreCase)]
    private static partial Regex HandbookAddress();
}
