using System.Globalization;

namespace CareerCompare.Web.Formatting;

/// <summary>
/// The one place that decides how money, percentages, counts and differences are written, so that
/// "$94,921", "28%" and "—" look the same on every page.
/// </summary>
public static class FigureFormat
{
    /// <summary>What an unknown figure looks like.</summary>
    public const string Unknown = "—";

    /// <summary>What a figure the publisher withholds looks like.</summary>
    public const string NotPublished = "not published";

    // A real minus sign reads as "minus" to screen readers and lines up with "+".
    private const string Minus = "\u2212";

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>The figure as text, or null when it is unknown.</summary>
    public static string? Format(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!figure.IsKnown)
        {
            return null;
        }

        var text = figure.Kind switch
        {
            FigureKind.Text => figure.Text,
            _ => FormatNumber(figure.Kind, figure.Value!.Value),
        };
        // Words carry their own wording ("top-coded in 4 states …"); a number at the top code is "that or more".
        return figure.Status switch
        {
            Data.FigureStatus.TopCoded when figure.Kind != FigureKind.Text => text + " or more",
            Data.FigureStatus.LowReliability => $"{text} ({LowReliability})",
            _ => text,
        };
    }

    /// <summary>O*NET's marks on a technology, "in demand, hot", or null when it has neither.</summary>
    public static string? ToolFlags(Models.TechnologyTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return (tool.InDemand, tool.Hot) switch
        {
            (true, true) => "in demand, hot",
            (true, false) => "in demand",
            (false, true) => "hot",
            _ => null,
        };
    }

    /// <summary>What marks a figure its publisher flags as unreliable (O*NET "Recommend Suppress").</summary>
    public const string LowReliability = "low reliability";

    // Every number below is written by one rule: a negative one with the minus sign ("−$1,200", "−0.5%"), never the
    // hyphen, and a value that rounds to zero without a sign. The CSV files keep their machine-readable numbers.
    public static string Money(double dollars) => MinusOf(dollars, "N0") + "$" + Math.Abs(dollars).ToString("N0", Culture);

    public static string MoneyCents(double cents) => MinusOf(cents / 100, "N2") + "$" + Math.Abs(cents / 100).ToString("N2", Culture);

    public static string Percent(double percent, int decimals = 0) => WithMinus(percent, decimals == 0 ? "N0" : "N" + decimals.ToString(Culture)) + "%";

    public static string Count(double count) => WithMinus(count, "N0");

    public static string Number(double number) => WithMinus(number, "#,0.##");

    /// <summary>
    /// How many times the smaller figure the larger one is, once it is more than twice as large (where a percentage
    /// reads wrongly: "+7,728%"): "78 times", "3.9 times", "3 times"; null up to twice as large, where a percentage says it.
    /// </summary>
    public static string? Times(double larger, double smaller)
    {
        if (smaller <= 0 || larger <= 2 * smaller)
        {
            return null;
        }

        var ratio = larger / smaller;
        return (ratio >= 10 ? Math.Round(ratio, MidpointRounding.AwayFromZero).ToString("N0", Culture) : Number(Math.Round(ratio, 1, MidpointRounding.AwayFromZero))) + " times";
    }

    /// <summary>The number in the format, with the minus sign where it is negative and not written as zero.</summary>
    private static string WithMinus(double value, string format) => MinusOf(value, format) + Math.Abs(value).ToString(format, Culture);

    /// <summary>The minus sign for a number negative once written in the format; nothing for −0.04 written to one decimal ("0.0").</summary>
    private static string MinusOf(double value, string format) =>
        value < 0 && Math.Abs(value).ToString(format, Culture).Any(c => c is >= '1' and <= '9') ? Minus : string.Empty;

    /// <summary>"$61,000 – $145,000", or null when either end is unknown.</summary>
    public static string? MoneyRange(int? low, int? high, bool highTopCoded = false) =>
        low is { } l && high is { } h ? $"{Money(l)} – {Money(h)}{(highTopCoded ? " or more" : string.Empty)}" : null;

    /// <summary>"4-6 years", as the careers site writes it.</summary>
    public static string? YearsRange(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => $"{a} {(a == 1 ? "year" : "years")}",
        ({ } a, { } b) => $"{a}-{b} years",
        _ => null,
    };

    /// <summary>"Bachelor's Degree, 55%".</summary>
    public static string? WithShare(string? name, int? percent) => name switch
    {
        null or "" => null,
        _ when percent is { } p => $"{name}, {Percent(p)}",
        _ => name,
    };

    /// <summary>
    /// How <paramref name="first"/> differs from <paramref name="other"/>: "+$24,144 (+34%)" for money
    /// and counts (the share of <paramref name="other"/>, the baseline; "+548,700 (78 times as many)" beyond twice it),
    /// "+4.8 pts" for percentages, "Same" or "Different" for words. Null when either is unknown.
    /// </summary>
    public static string? Difference(Figure first, Figure other)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(other);
        if (!first.IsKnown || !other.IsKnown || first.Status == Data.FigureStatus.TopCoded || other.Status == Data.FigureStatus.TopCoded)
        {
            return null;
        }

        if (first.Kind == FigureKind.Text || other.Kind == FigureKind.Text)
        {
            return string.Equals(first.Text, other.Text, StringComparison.Ordinal) ? "Same" : "Different";
        }

        var a = first.Value!.Value;
        var b = other.Value!.Value;
        var diff = a - b;
        if (Math.Abs(diff) < 1e-9)
        {
            return "Same";
        }

        var sign = diff > 0 ? "+" : Minus;
        var size = Math.Abs(diff);
        return first.Kind switch
        {
            FigureKind.Money => $"{sign}{Money(size)}{Relative(a, b, "much")}",
            FigureKind.MoneyCents => $"{sign}{MoneyCents(size)}{Relative(a, b, "much")}",
            FigureKind.Count => $"{sign}{Count(size)}{Relative(a, b, "many")}",
            FigureKind.Percent => $"{sign}{Points(size, a == Math.Round(a) && b == Math.Round(b) ? 0 : 1)}",
            FigureKind.PercentOneDecimal => $"{sign}{Points(size, 1)}",
            _ => $"{sign}{Number(size)}",
        };
    }

    /// <summary>An O*NET importance rating: "4.12 of 5".</summary>
    public static string? Importance(double? importance) => importance is { } i ? $"{Number(i)} of 5" : null;

    /// <summary>"4.9", "5.0": a level on O*NET's 0–7 scale as the move tables write it, always to one decimal, like their gaps ("+0.9").</summary>
    public static string Level(double level) => WithMinus(Math.Round(level, 1), "0.0");

    /// <summary>"Level 4.9 of 7".</summary>
    public static string LevelOfSeven(double level) => $"Level {Number(Math.Round(level, 1))} of 7";

    /// <summary>"Job zone 4 of 5".</summary>
    public static string? JobZone(int? zone) => zone is { } z ? $"{z} of 5" : null;

    /// <summary>The change from one figure to another in percent, to one decimal; null when either is unknown.</summary>
    public static double? ChangePercent(int? before, int? after) =>
        before is { } b && after is { } a && b != 0 ? Math.Round((a - b) / (double)b * 100, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>A change in percent with its sign: "+4.1%".</summary>
    public static string? Change(int? before, int? after) => SignedPercent(Figure.PercentOneDecimal(ChangePercent(before, after)));

    /// <summary>A change in percent with its sign: "+4.1%", "−0.3%", "+3%" (a whole percentage), "no change"; null when unknown.</summary>
    public static string? SignedPercent(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!figure.IsKnown || figure.Kind == FigureKind.Text || figure.Value is not { } percent)
        {
            return null;
        }

        var decimals = figure.Kind == FigureKind.Percent && percent == Math.Round(percent) ? "N0" : "N1";
        return percent == 0 ? "no change" : (percent > 0 ? "+" : Minus) + Math.Abs(percent).ToString(decimals, Culture) + "%";
    }

    /// <summary>A projected change in employment, with its sign and one decimal: "+4.9%", "−1.6%", "0.0%"; null when unknown.</summary>
    public static string? Growth(double? percent)
    {
        if (percent is not { } p)
        {
            return null;
        }

        var rounded = Math.Round(p, 1, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : rounded < 0 ? Minus : string.Empty) + Math.Abs(rounded).ToString("N1", Culture) + "%";
    }

    /// <summary>A projected change in employment, 2024–34, with BLS's words for it: "+4.9%, faster than average"; null when unknown.</summary>
    public static string? GrowthWithOutlook(double? percent) =>
        Growth(percent) is { } growth ? $"{growth}, {Wording.GrowthOutlook(percent)}" : null;

    /// <summary>A price parity as BEA writes it, one decimal: "108.6" (US = 100).</summary>
    public static string PriceParity(double? parity) => parity is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>
    /// "District of Columbia ($153,030 mean)". Where some states' means are top-coded, the highest-paying state is not
    /// known and this says what is: "top-coded in 4 states (Florida, Oregon, Pennsylvania, Wisconsin: mean $239,200
    /// or more); highest published: North Carolina ($361,480 mean)".
    /// </summary>
    public static string? StateWage(string? state, int? wage, Data.WageBasis basis, string? statesTopCoded = null)
    {
        var published = (state, wage) switch
        {
            (null, _) => null,
            (_, null) => state,
            _ when basis == Data.WageBasis.HourlyOnly => $"{state} ({MoneyCents(wage.Value)} an hour, mean)",
            _ => $"{state} ({Money(wage.Value)} mean)",
        };
        if (statesTopCoded is null)
        {
            return published;
        }

        var count = statesTopCoded.Split(", ").Length;
        var topCode = basis == Data.WageBasis.HourlyOnly
            ? MoneyCents(Data.Import.OfficialFiles.TopCodeHourlyCents) + " an hour"
            : Money(Data.Import.OfficialFiles.TopCodeAnnual);
        return $"top-coded in {count} {(count == 1 ? "state" : "states")} ({statesTopCoded}: mean {topCode} or more); "
            + $"highest published: {published ?? "none"}";
    }

    /// <summary>
    /// Which O*NET occupation a section's figures describe: "O*NET occupation 11-9199.01, Regulatory Affairs Managers,
    /// one of the more specific occupations O*NET lists under this code". Null when there is none.
    /// </summary>
    public static string? OnetOrigin(string? onetCode, string? onetTitle, string? socCode)
    {
        if (onetCode is null)
        {
            return null;
        }

        var name = $"O*NET occupation {onetCode}{(onetTitle is null ? string.Empty : ", " + onetTitle)}";
        return socCode is null || onetCode == socCode + ".00" ? name
            : onetCode.StartsWith(socCode + ".", StringComparison.Ordinal) ? $"{name}, one of the more specific occupations O*NET lists under this code"
            : $"{name}, which the BLS crosswalk matches to this code";
    }

    /// <summary>The education level most respondents name, with its share: "Bachelor's Degree (62%)".</summary>
    public static string? TopEducation(IReadOnlyList<Models.EducationShare> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var top = levels.OrderByDescending(l => l.Percent).ThenBy(l => l.Category).FirstOrDefault();
        return top is null ? null : $"{top.Level} ({Percent(Math.Round(top.Percent))}{(top.LowPrecision ? ", " + LowReliability : string.Empty)})";
    }

    /// <summary>O*NET's high-point code in words: "Investigative, Conventional, Realistic (ICR)".</summary>
    public static string? InterestCode(string? code) => string.IsNullOrEmpty(code) ? null
        : $"{string.Join(", ", code.Select(letter => Data.InterestArea.Names.First(n => n[0] == letter)))} ({code})";

    /// <summary>
    /// The middle answer of a distribution of time periods: the first category at which half of the respondents are
    /// reached, counting from the shortest ("Over 1 year, up to and including 2 years"); null for no distribution.
    /// </summary>
    public static string? MiddleAnswer(IReadOnlyList<Models.EducationShare> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var total = levels.Sum(l => l.Percent);
        var reached = 0.0;
        foreach (var level in levels.OrderBy(l => l.Category))
        {
            reached += level.Percent;
            if (total > 0 && reached >= total / 2)
            {
                return level.Level;
            }
        }

        return null;
    }

    /// <summary>A signed money difference without the relative part: "+$19,000".</summary>
    public static string? SignedMoney(int? first, int? other)
    {
        if (first is not { } a || other is not { } b)
        {
            return null;
        }

        var diff = a - b;
        return diff == 0 ? "same" : (diff > 0 ? "+" : Minus) + Money(Math.Abs(diff));
    }

    private static string Points(double size, int decimals)
    {
        var text = size.ToString(decimals == 0 ? "N0" : "N1", Culture);
        return $"{text} {(text == "1" ? "pt" : "pts")}";
    }

    /// <summary>
    /// " (+34%)": how a figure differs from its baseline, as a share of the baseline; more than twice the baseline,
    /// " (78 times as many)"; under 1% of it but not nothing, " (less than 1% as many)", not "−100%". No share of a
    /// baseline that is nothing or negative (a projected loss of jobs): "+76%" beside a larger loss reads as a gain.
    /// </summary>
    /// <param name="much">"much" (money) or "many" (counts).</param>
    private static string Relative(double value, double baseline, string much)
    {
        if (baseline <= 0)
        {
            return string.Empty;
        }

        if (Times(value, baseline) is { } times)
        {
            return $" ({times} as {much})";
        }

        var percent = Math.Round((value - baseline) / baseline * 100, MidpointRounding.AwayFromZero);
        if (percent <= -100 && value > 0)
        {
            return $" (less than 1% as {much})";
        }

        var sign = percent > 0 ? "+" : percent < 0 ? Minus : string.Empty;
        return $" ({sign}{Math.Abs(percent).ToString("N0", Culture)}%)";
    }

    private static string FormatNumber(FigureKind kind, double value) => kind switch
    {
        FigureKind.Money => Money(value),
        FigureKind.MoneyCents => MoneyCents(value),
        FigureKind.Percent => Percent(value, value == Math.Round(value) ? 0 : 1),
        FigureKind.PercentOneDecimal => Percent(value, 1),
        FigureKind.Count => Count(value),
        FigureKind.Year => value.ToString("0", Culture),
        _ => Number(value),
    };
}
