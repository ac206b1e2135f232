namespace CareerCompare.Web.Models;

/// <summary>
/// A profile. What reads nothing of the request (its heading, sections and comparisons to make) is rendered once a
/// catalogue and kept in <see cref="Parts"/>; the charts, the state table and O*NET's anchors those parts show are
/// worked out only when a part is rendered, so a request that finds its parts ready builds little more than the links
/// around them.
/// </summary>
/// <param name="NearestOfficial">For a careers-site occupation: the official occupation nearest to it (a judgement call).</param>
/// <param name="CompareWith">Occupations to compare it with: O*NET's related occupations, else others of its category.</param>
/// <param name="Meta">Title, description, canonical address and schema.org data for search engines.</param>
/// <param name="Catalogue">The catalogue it was read from (O*NET's level anchors and interest areas).</param>
public sealed record OccupationProfileViewModel(
    OccupationDetails Occupation,
    OccupationLink? NearestOfficial,
    IReadOnlyList<OccupationLink> CompareWith,
    PageMeta Meta,
    Catalogue.CatalogueSnapshot Catalogue)
{
    private IReadOnlyList<OccupationDetails> Alone => [Occupation];

    public ChartViewModel SalaryChart => field ??= Services.ChartBuilder.Salary(Alone);

    public ChartViewModel SkillsChart => field ??= Services.ChartBuilder.Skills(Alone);

    public ChartViewModel GenderChart => field ??= Services.ChartBuilder.GenderSplit(Alone);

    public ChartViewModel RaceChart => field ??= Services.ChartBuilder.Race(Alone);

    /// <summary>O*NET's education distribution; null for the careers site's occupations.</summary>
    public ChartViewModel? EducationChart => Occupation.IsOfficial ? field ??= Services.ChartBuilder.Education(Alone) : null;

    /// <summary>Pay in each state and what it buys there; null for the careers site's occupations (no state figures).</summary>
    public StatePayViewModel? StatePay => Occupation.States.Count == 0 ? null : field ??= Services.StatePayBuilder.Build(Occupation);

    /// <summary>How the median moved since the first year of the history (official occupations with two years or more), drawn beside the history's table.</summary>
    public ChartViewModel? HistoryChart => Occupation.WageHistory.Count == 0 ? null : field ??= Services.ChartBuilder.History(Alone);

    /// <summary>O*NET's level anchors of the skills and knowledge areas the profile lists (those that matter in the job): what a level means.</summary>
    private ILookup<(string Kind, string Element), Data.LevelAnchor> AnchorsByElement => field ??= Catalogue
        .AnchorsOf(Services.SkillGapBuilder.Important(Occupation).Select(x => (x.Kind, x.Rating.Name))).ToLookup(a => (a.Kind, a.Element));

    /// <summary>"Near level 4: give instructions to a lost motorist": the anchor closest to a level, or null where O*NET has none.</summary>
    public string? AnchorFor(string kind, string element, double level) => Services.SkillGapBuilder.NearestAnchor(AnchorsByElement[(kind, element)], level);

    /// <summary>O*NET's interest scores as a chart with its table; null where O*NET gives none (and for the careers site's occupations).</summary>
    public ChartViewModel? InterestsChart => Occupation.IsOfficial && Occupation.Interests.Count > 0 ? field ??= Services.ChartBuilder.Interests(Alone) : null;

    /// <summary>O*NET's words for the occupation's strongest interests, strongest first.</summary>
    public IReadOnlyList<Data.InterestArea> StrongestInterests => Occupation.IsOfficial ? Catalogue.InterestAreasOf(Occupation.InterestCode) : [];

    /// <summary>Its sections as HTML, rendered by the first request and written as they are by the next ones.</summary>
    public Formatting.RenderedParts Parts => Catalogue.Once(Occupation.Slug, () => new Formatting.RenderedParts());

    /// <summary>The list this profile was reached from (its address's parameters), for the way back; null when it was not.</summary>
    public OccupationListQuery? FromList { get; init; }

    /// <summary>The same page reached from this list (see <see cref="OccupationListQuery.FromReturnAddress"/>).</summary>
    public OccupationProfileViewModel ComingFrom(OccupationListQuery? list) => list is null ? this : this with { FromList = list };

    /// <summary>The list's parameters to go back to it (the plain list when the profile was not reached from one).</summary>
    public Dictionary<string, string> BackToList => FromList?.RouteValues() ?? [];

    /// <summary>The list with this occupation added to its comparison shortlist (as it was when full or already on it).</summary>
    public Dictionary<string, string> AddedToShortlist
    {
        get
        {
            var list = FromList ?? new OccupationListQuery();
            var slugs = string.IsNullOrWhiteSpace(list.Shortlist) ? [] : list.Shortlist.Trim().Split(Services.ComparisonAddress.Separator).ToList();
            if (!slugs.Contains(Occupation.Slug) && slugs.Count < OccupationListQuery.MaxShortlist)
            {
                slugs.Add(Occupation.Slug);
            }

            return (list with { Shortlist = Services.ComparisonAddress.Of(slugs) }).RouteValues();
        }
    }
    /// <summary>The occupation beside the first three it is compared with, in one click; null with fewer than two to add.</summary>
    public SuggestedComparison? GroupComparison
    {
        get
        {
            var others = CompareWith.Where(c => c.Slug != Occupation.Slug).DistinctBy(c => c.Slug).Take(3).ToList();
            return others.Count < 2 ? null : new SuggestedComparison(
                Services.ComparisonAddress.Of([Occupation.Slug, .. others.Select(c => c.Slug)]),
                $"Compare {Occupation.Title} with {Formatting.Wording.JoinList(others.Select(c => c.Title).ToList())} at once");
        }
    }
}

/// <summary>A comparison the page suggests: its address ("a-vs-b") and what the link says.</summary>
public sealed record SuggestedComparison(string Pair, string Heading);
