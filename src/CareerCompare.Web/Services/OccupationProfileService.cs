using System.Text.Json;
using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

public sealed class OccupationProfileService(CatalogueStore catalogue, SiteUrls urls)
{
    /// <summary>What the profile page and the API say for a slug no occupation has.</summary>
    public static string NotFoundMessage(string slug) =>
        $"We have no occupation called \"{Wording.Echo(slug)}\". Browse the list of occupations or search for another title.";

    /// <summary>The profile page, or null when no occupation has this slug.</summary>
    public async Task<OccupationProfileViewModel?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        if (snapshot.Find(slug) is not { } occupation)
        {
            return null;
        }

        // Its parts are rendered once a catalogue (OccupationProfileViewModel.Parts), its search data built once; the page's
        // address depends on the host the request came to, so it is put in for each request.
        var meta = snapshot.Once(slug, () => Meta(occupation));
        var canonical = urls.Action("Profile", "Occupations", new { slug });
        meta = meta with { Canonical = canonical, JsonLd = meta.JsonLd?.Replace(PageAddress, JsonEncodedText.Encode(canonical).Value, StringComparison.Ordinal) };
        var nearest = snapshot.BySoc(occupation.NearestOfficialSocCode);
        return new OccupationProfileViewModel(occupation, nearest is null ? null : Link(nearest), CompareWith(snapshot, occupation, nearest), meta, snapshot);
    }

    /// <summary>
    /// Occupations to compare it with: O*NET's related occupations, the comparisons people most likely want; a
    /// careers-site occupation gets its nearest official occupation and that one's related occupations; otherwise, the
    /// same category.
    /// </summary>
    private static IReadOnlyList<OccupationLink> CompareWith(CatalogueSnapshot snapshot, OccupationDetails occupation, OccupationDetails? nearest)
    {
        if (occupation.Related.Count > 0)
        {
            return occupation.Related;
        }

        var slug = occupation.Slug;
        if (nearest is not null)
        {
            var siblings = occupation.IsOfficial ? [] : snapshot.Occupations
                .Where(o => o.DataSet == occupation.DataSet && o.Slug != slug).Take(3).Select(Link).ToList();
            return [.. siblings, Link(nearest), .. nearest.Related.Take(6)];
        }

        return snapshot.Occupations
            .Where(o => o.Slug != slug)
            .OrderBy(o => o.Category != occupation.Category)
            .ThenBy(o => o.DataSet != occupation.DataSet)
            .ThenBy(o => o.Title, StringComparer.Ordinal)
            .Take(8)
            .Select(Link)
            .ToList();
    }

    private static OccupationLink Link(OccupationDetails o) => new(o.Slug, o.Title, o.Category);

    /// <summary>
    /// Where the page's own address goes in its search data, built once a catalogue: the address depends on the host the
    /// request came to, so it is put in for each request.
    /// </summary>
    private const string PageAddress = "urn:careercompare:page";

    private static PageMeta Meta(OccupationDetails o) => new(Title(o), Description(o), PageAddress, StructuredData.Occupation(o, PageAddress));

    /// <summary>"Registered Nurses: median pay $93,600", or the title alone when that is too long for a search result.</summary>
    private static string Title(OccupationDetails o)
    {
        var pay = Pay(o);
        var title = pay is null ? o.Title : $"{o.Title}: {pay.Value.Label} {pay.Value.Amount}";
        return title.Length <= PageTitle.MaxLength ? title : PageTitle.Shorten(o.Title);
    }

    private static (string Label, string Amount)? Pay(OccupationDetails o)
    {
        if (!o.IsOfficial)
        {
            return o.YearlySalary is { } average ? ("average salary", FigureFormat.Money(average)) : null;
        }

        return FigureFormat.Format(o.Wage(WagePeriod.Annual, WageMeasure.Median)) is { } yearly ? ("median pay", yearly)
            : FigureFormat.Format(o.Wage(WagePeriod.Hourly, WageMeasure.Median)) is { } hourly ? ("median pay", hourly + " an hour")
            : null;
    }

    /// <summary>A sentence or two written from the profile's figures, with their source.</summary>
    private static string Description(OccupationDetails o)
    {
        var facts = new List<string>();
        if (Pay(o) is { } pay)
        {
            facts.Add($"{pay.Label} {pay.Amount}" + (pay.Amount.EndsWith("an hour", StringComparison.Ordinal) ? string.Empty : " a year"));
        }

        if (o.IsOfficial)
        {
            if (o.NumberOfJobs is { } jobs)
            {
                facts.Add($"{FigureFormat.Count(jobs)} jobs");
            }

            if (FigureFormat.Growth(o.GrowthRatePercent) is { } growth)
            {
                facts.Add($"employment projected to change {growth} over {Wording.GrowthOutlookCycle} ({Wording.GrowthOutlook(o.GrowthRatePercent)})");
            }

            var lead = facts.Count > 0 ? $"{o.Title}: {Wording.JoinList(facts)} ({OfficialFiles.WagesSource}; {OfficialFiles.ProjectionsSource})." : $"{o.Title}.";
            var education = o.TypicalEntryEducation is { } e ? $" Typical entry education: {e}." : string.Empty;
            return lead + education + " Tasks, skills, who does the job and related occupations to compare.";
        }

        if (FigureFormat.MoneyRange(o.SalaryRangeLow, o.SalaryRangeHigh) is { } range)
        {
            facts.Add($"range {range}");
        }

        if (o.NumberOfJobs is { } count)
        {
            facts.Add($"{FigureFormat.Count(count)} jobs");
        }

        return (facts.Count > 0 ? $"{o.Title}: {Wording.JoinList(facts)} (careers-site estimates)." : $"{o.Title} (careers-site estimates).")
            + " Education, demographics, responsibilities and skills, beside the nearest official occupation.";
    }
}
