using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ComparisonRows;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// Who does the job (Current Population Survey: age, women, race) and what men and women working full time earn (CPS
/// Table 39, the same survey group): who does it, what do men and women earn.
/// </summary>
internal static class DemographicsSection
{
    public static readonly Section Section = new("demographics", Figures)
    {
        Answers = [(occupations, _, notes) => WhoDoesIt(occupations, notes), (occupations, _, notes) => PayOfMenAndWomen(occupations, notes)],
        Verdicts = [(occupations, _) => MedianAge(occupations)],
    };

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        OfficialFigure("demographics.surveyGroup", "demographics", "Survey group these figures describe", null, OfficialSources.Demographics,
            o => Figure.Words(o.SurveyGroupText), DifferenceRule.None),
        OfficialFigure("demographics.medianAge", "demographics", "Median age", "years", OfficialSources.Demographics, o => o.SurveyFigure(o.MedianAge)),
        new FigureFamily("demographics.gender", "demographics", group => group, "percent", Official, OfficialSources.Demographics,
            o => FigureFamily.Named(o.Gender.Select(g => g.Group)), (o, group) => o.SurveyFigure(GenderShare(o, group), percent: true)),
        new FigureFamily("demographics.race", "demographics", group => group, "percent", Official, OfficialSources.Demographics,
            o => FigureFamily.Named(o.Race.Select(g => g.Group)), (o, group) => o.SurveyFigure(Share(o.Race, group), percent: true)),
        // What men and women working full time earn (CPS Table 39, the same survey group).
        OfficialFigure("earnings.weekly.median", "demographics", "Median weekly earnings, full-time wage and salary workers", "USD per week",
            OfficialSources.EarningsBySex, o => o.EarningsFigure(o.MedianWeeklyEarnings), higherIsBetter: true),
        OfficialFigure("earnings.weekly.men", "demographics", "Median weekly earnings of men working full time", "USD per week",
            OfficialSources.EarningsBySex, o => o.EarningsFigure(o.MenMedianWeeklyEarnings), higherIsBetter: true),
        OfficialFigure("earnings.weekly.women", "demographics", "Median weekly earnings of women working full time", "USD per week",
            OfficialSources.EarningsBySex, o => o.EarningsFigure(o.WomenMedianWeeklyEarnings), higherIsBetter: true),
        OfficialFigure("earnings.weekly.womenShareOfMen", "demographics", "Women's median weekly earnings as a share of men's", "percent",
            OfficialSources.EarningsBySex, o => o.WomenShareOfMen()),
    ];

    private static AnswerLine? WhoDoesIt(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        // The careers site calls the group "Female", the survey "Women".
        var women = occupations
            .Select(o => FigureCatalogue.Family("demographics.gender", o)?.Member(new FamilyMember("women", o.IsOfficial ? "Women" : "Female")) is { } definition
                ? new Entry(o, definition, definition.Read(o))
                : null)
            .OfType<Entry>()
            .ToList();
        var ages = Entries(occupations, "demographics.medianAge", "demographics.averageAge");
        if (women.All(e => !e.Known) && ages.All(e => !e.Known))
        {
            return null;
        }

        var parts = new List<string>();
        string? leaderSlug = null;
        string? difference = null;
        foreach (var group in BySource(women))
        {
            var lead = Lead(group);
            if (lead is { } l)
            {
                var points = FigureFormat.Number(Math.Round(l.Leader.Value - l.Next.Value, 1));
                parts.Add($"{Wording.Capitalize(Name(l.Leader.Occupation))} {Verb(l.Leader.Occupation, "have", "has")} {Most(occupations, "more", "the most")} women: "
                    + $"{l.Leader.Text} of workers, {points} percentage points more than {Name(l.Next.Occupation)} ({l.Next.Text}).");
                if (leaderSlug is null)
                {
                    leaderSlug = l.Leader.Occupation.Slug;
                    difference = $"{points} points";
                }
            }

            var estimate = group[0].Occupation.IsOfficial || !Mixed(occupations) ? string.Empty : " (careers-site estimate)";
            var rest = group.Where(e => e.Known && (lead is not { } x || (e != x.Leader && e != x.Next))).Select(e => $"{Name(e.Occupation)} {e.Text} women{estimate}").ToList();
            if (rest.Count > 0)
            {
                parts.Add($"{Wording.Capitalize(Wording.JoinList(rest))}.");
            }

            var withheld = group.Where(e => !e.Known).Select(e => Name(e.Occupation)).ToList();
            if (withheld.Count > 0)
            {
                parts.Add(group[0].Occupation.IsOfficial
                    ? $"The survey publishes no share of women for {Wording.JoinList(withheld)}."
                    : $"The share of women is not known for {Wording.JoinList(withheld)}.");
            }
        }

        var knownAges = ages.Where(e => e.Known).Select(e => $"{Name(e.Occupation)} {e.Text}").ToList();
        if (knownAges.Count > 0)
        {
            var measure = ages.All(e => e.Occupation.IsOfficial) ? "Median age" : ages.All(e => !e.Occupation.IsOfficial) ? "Average age" : "Age (official: median; careers site: average)";
            parts.Add($"{measure}: {Wording.JoinList(knownAges)}.");
        }

        return new AnswerLine("who", "Who does it?", string.Join(" ", parts), leaderSlug, difference, notes.Cite(women.Concat(ages).Where(e => e.Known)));
    }

    /// <summary>
    /// "Median age: Registered Nurses, 46.4 years, the highest (lowest: Software Developers, 38.9)": a difference, not a lead, so
    /// no occupation is marked as leading. Official medians only (the careers site gives an average age).
    /// </summary>
    private static Verdict? MedianAge(IReadOnlyList<OccupationDetails> occupations)
    {
        var ages = Entries(occupations.Where(o => o.IsOfficial).ToList(), "demographics.medianAge").Where(e => e.Known).OrderByDescending(e => e.Value).ToList();
        if (ages.Count < 2)
        {
            return null;
        }

        string Names(IEnumerable<Entry> entries) => Wording.JoinList(entries.Select(e => e.Occupation.Title).ToList());
        if (ages[0].Value == ages[^1].Value)
        {
            return new Verdict("age", "Median age", "demographics", null, $"{ages[0].Text} years", Note: "the same for all") { Secondary = true };
        }

        var oldest = ages.Where(e => e.Value == ages[0].Value);
        var youngest = ages.Where(e => e.Value == ages[^1].Value);
        return new Verdict("age", "Median age", "demographics", Names(oldest), $"{ages[0].Text} years, the highest",
            Note: $"lowest: {Names(youngest)}, {ages[^1].Text}") { Secondary = true };
    }

    /// <summary>
    /// What women working full time earn as a share of men's in each official occupation's survey group (CPS Table 39,
    /// 2025), against all full-time workers; "not published" where BLS withholds a median. Null where no official
    /// occupation has a Table 39 row.
    /// </summary>
    private static AnswerLine? PayOfMenAndWomen(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var official = occupations.Where(o => o.IsOfficial && o.EarningsSourceRow is not null).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        var shares = Entries(official, "earnings.weekly.womenShareOfMen");
        var known = shares.Where(e => e.Known).ToList();
        var parts = new List<string>();
        string Group(OccupationDetails o) => o.DemographicsRowShared ? $" (the survey's group “{o.EarningsSourceRow}”)" : string.Empty;
        string Medians(OccupationDetails o) =>
            $"{FigureFormat.Format(FigureCatalogue.Read("earnings.weekly.women", o))} a week against {FigureFormat.Format(FigureCatalogue.Read("earnings.weekly.men", o))}";
        if (known.Count > 0)
        {
            var first = known[0];
            var text = $"Among {Name(first.Occupation)}{Group(first.Occupation)}, women working full time earn {first.Text} of what men earn ({Medians(first.Occupation)})";
            if (known.Count > 1)
            {
                text += ", against " + Wording.JoinList(known.Skip(1).Select(e => $"{e.Text} among {Name(e.Occupation)}{Group(e.Occupation)}").ToList());
            }

            parts.Add(text + ".");
        }

        var withheld = shares.Where(e => !e.Known).Select(e => Name(e.Occupation)).ToList();
        if (withheld.Count > 0)
        {
            parts.Add($"BLS does not publish men's and women's medians for {Wording.JoinList(withheld)} (fewer than 50,000 men or women in the group).");
        }

        parts.Add($"All full-time workers: {FigureFormat.Percent(OfficialFiles.AllWomenShareOfMenPercent, 1)}. "
            + "Medians of the whole group, not of the same work: hours and jobs within it differ.");
        var lead = Lead(known);
        return new AnswerLine("men-women", "What do men and women earn?", string.Join(" ", parts), lead?.Leader.Occupation.Slug, null, notes.Cite(shares));
    }

    // Like figures of the two sources share a row, each value saying its source: the careers site's average age beside
    // the survey's median age.
    internal static readonly RowSpec Age = new(null, ["demographics.averageAge", "demographics.medianAge"],
        MixedLabel: "Age (average or median)");

    internal static IEnumerable<RowSpec> DemographicRows(List<OccupationDetails> occupations)
    {
        yield return Age;
        var gender = ChartBuilder.GenderShares(occupations);
        foreach (var group in occupations.SelectMany(o => gender(o).Select(g => g.Group)).Distinct(StringComparer.Ordinal))
        {
            yield return FamilyRow(group, "demographics.gender") with { Group = "Gender ratio" };
        }

        foreach (var group in occupations.SelectMany(o => o.Race.Select(g => g.Group)).Distinct(StringComparer.Ordinal))
        {
            yield return FamilyRow(group, "demographics.race") with { Group = "Race ratio" };
        }

        // The group says what the rows are; the rows say whose.
        foreach (var (key, label) in new[] { ("earnings.weekly.median", "All"), ("earnings.weekly.men", "Men"), ("earnings.weekly.women", "Women"),
                     ("earnings.weekly.womenShareOfMen", "Women's median as a share of men's") })
        {
            yield return new RowSpec(label, [key], OfficialLabel: label) { Group = $"Median weekly earnings, full time (CPS {OfficialSources.EarningsBySex.Vintage})" };
        }

        yield return Spec(null, "demographics.lgbt");
        yield return Spec(null, "demographics.surveyGroup");
    }

    internal static double? Share(IReadOnlyList<GroupShare> shares, string group) => shares.FirstOrDefault(s => s.Group == group)?.Percent;

    /// <summary>A gender share by either source's name for the group.</summary>
    internal static double? GenderShare(OccupationDetails occupation, string group) =>
        Share(occupation.Gender, group) ?? Share(occupation.Gender, OtherSourcesGenderName(group));

    /// <summary>The other source's name for a gender group: the careers site says "Female", the CPS "Women".</summary>
    public static string OtherSourcesGenderName(string group) => group switch
    {
        "Female" => "Women",
        "Women" => "Female",
        "Male" => "Men",
        "Men" => "Male",
        _ => group,
    };

    /// <summary>The demographics' one-line answer: "Women: 87.9% of workers; median age 46 (BLS Current Population Survey, …)".</summary>
    internal static string Headline(OccupationDetails o)
    {
        var women = SectionLine.Text(o.SurveyFigure(GenderShare(o, "Women"), percent: true));
        var age = SectionLine.Text(FigureCatalogue.Read("demographics.medianAge", o));
        var parts = new[] { women is null ? null : $"Women: {women} of workers", age is null ? null : $"median age {age}" }.OfType<string>().ToList();
        return SectionLine.Cite(parts.Count == 0 ? "The survey publishes no figures for this occupation" : string.Join("; ", parts),
            FigureCatalogue.SourceOf("demographics.medianAge", o));
    }

    /// <summary>A comparison's line on who does the work: the share of women in each (the survey's, or the careers site's).</summary>
    internal static string ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations)
    {
        var said = occupations.Select(o => $"{o.Title} {SectionLine.Text(o.SurveyFigure(GenderShare(o, "Women"), percent: true)) ?? FigureFormat.Unknown}").ToList();
        var sources = occupations.Select(o => o.IsOfficial ? OfficialSources.Demographics : FigureCatalogue.SourceOf("demographics.averageAge", o)).ToArray();
        return SectionLine.Cite($"Women among workers: {string.Join("; ", said)}", sources);
    }
}
