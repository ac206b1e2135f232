namespace CareerCompare.Web.Data.Import;

/// <summary>
/// How alike two occupations' skills are, and the closest occupations that pay more: computed once at import over
/// O*NET's skill levels (0–7) of the 35 skills it rates, each skill weighted by how important it is to the two jobs.
/// </summary>
internal static class SkillSimilarity
{
    /// <summary>How the closeness is computed, in the words the page uses.</summary>
    public const string Method = "Closeness is 100% less the average gap between the two occupations' levels of O*NET's 35 skills, as a "
        + "share of the 7-point scale, each skill counting as much as it matters to the two jobs (the mean of their importance ratings); "
        + "a skill O*NET calls not relevant to a job counts as level 0 there, and one whose importance O*NET recommends suppressing "
        + "for either job is left out.";

    /// <summary>The closest occupations that pay a higher median, at most this many.</summary>
    public const int MaxMoves = 5;

    /// <summary>
    /// 1 − Σ wᵢ·|aᵢ − bᵢ| / (7 · Σ wᵢ), where wᵢ is the mean of the two importances of skill i: 1 for the same levels,
    /// 0 for opposite ends of the scale. Symmetric; null where either occupation has no skill ratings.
    /// </summary>
    public static double? Between(IReadOnlyList<Models.OnetRating> a, IReadOnlyList<Models.OnetRating> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return null;
        }

        var other = b.ToDictionary(r => r.Name, StringComparer.Ordinal);
        double weighted = 0, weights = 0;
        foreach (var x in a)
        {
            // A closeness is one number with no room to mark a rating as unreliable, so it rests on reliable importances only.
            if (!other.TryGetValue(x.Name, out var y) || x.ImportanceImprecise || y.ImportanceImprecise)
            {
                continue;
            }

            var weight = (x.Importance + y.Importance) / 2;
            weighted += weight * Math.Abs((x.Level ?? 0) - (y.Level ?? 0));
            weights += weight;
        }

        return weights == 0 ? null : 1 - weighted / (7 * weights);
    }

    /// <summary>
    /// Whether <paramref name="target"/> pays a higher median than <paramref name="from"/>: yearly medians where both are
    /// published, else hourly ones, and only medians of the same release (an occupation BLS no longer publishes keeps an
    /// older year's figures, which are not set against newer ones). A top-coded median is above every published one;
    /// nothing is known to pay more than a top-coded one.
    /// </summary>
    public static bool PaysMore(MedianPay target, MedianPay from)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(from);
        if (target.Year != from.Year || from.TopCoded)
        {
            return false;
        }

        return from.Yearly is { } fromYearly && target.Yearly is { } targetYearly ? targetYearly > fromYearly
            : from.HourlyCents is { } fromHourly && target.HourlyCents is { } targetHourly && targetHourly > fromHourly;
    }

    /// <summary>For each occupation (by SOC code), the closest that pay more, the closest first, with their closeness.</summary>
    public static Dictionary<string, List<(string SocCode, double Similarity)>> MovesThatPayMore(IReadOnlyList<Occupation> occupations)
    {
        var rated = occupations.Where(o => o.SkillRatings.Count > 0).ToList();
        var moves = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var from in rated)
        {
            moves[from.SocCode!] = rated
                .Where(to => !ReferenceEquals(to, from) && PaysMore(MedianPay.Of(to), MedianPay.Of(from)))
                .Select(to => (to.SocCode!, Similarity: Between(from.SkillRatings, to.SkillRatings) ?? 0))
                .OrderByDescending(m => m.Similarity).ThenBy(m => m.Item1, StringComparer.Ordinal)
                .Take(MaxMoves)
                .ToList();
        }

        return moves;
    }
}

/// <summary>An occupation's median as a move compares it: yearly, top-coded or not, hourly in cents, and its release's year.</summary>
internal sealed record MedianPay(int? Yearly, bool TopCoded, int? HourlyCents, int? Year)
{
    public static MedianPay Of(OccupationColumns o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.MedianYearlySalary, o.MedianYearlyTopCoded, o.MedianHourlyCents, o.WagesYear);
    }
}
