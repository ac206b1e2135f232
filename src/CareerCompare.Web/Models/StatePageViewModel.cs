using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>A state, DC or territory: its price level (BEA RPP 2023, US = 100; null for territories) and what addresses name it.</summary>
public sealed record StateSummary(string Code, string Name, string Slug, double? PriceParity, int? AllOccupationsMeanYearly)
{
    /// <summary>The mean of all occupations at national prices; unknown without a price parity.</summary>
    public Figure AllOccupationsAfterPrices => Figure.Money(PriceParity is { } p && AllOccupationsMeanYearly is { } m
        ? (int)Math.Round(m / (p / 100), MidpointRounding.AwayFromZero) : null);

    /// <summary>"prices 12.6% above the national average", "prices 13.5% below the national average".</summary>
    public string? PriceLevelWords => PriceParity is not { } p ? null
        : Math.Abs(p - 100) < 0.05 ? "prices at the national average"
        : $"prices {FigureFormat.Percent(Math.Abs(p - 100), 1)} {(p > 100 ? "above" : "below")} the national average";
}

/// <summary>
/// One occupation's mean in the state (May 2023), at national prices, and against its national mean of May 2023.
/// Hourly-only occupations are ranked by their hourly mean.
/// </summary>
public sealed record StateOccupation(OccupationLink Occupation, bool Hourly, Figure Mean, Figure AfterPrices, Figure National2023, double? AfterPricesVersusNational);

/// <summary>The state page: its price level, its highest-paying occupations and the ones whose pay goes furthest there.</summary>
/// <param name="HighestPaying">By the yearly mean, top-coded means as their top code (said "or more").</param>
/// <param name="Furthest">By the mean at national prices against the occupation's national mean of May 2023; empty without a price parity.</param>
/// <param name="HourlyOnlyCount">How many occupations BLS gives only hourly means for here, left out of the yearly ranking.</param>
public sealed record StatePageViewModel(
    StateSummary State,
    IReadOnlyList<StateOccupation> HighestPaying,
    IReadOnlyList<StateOccupation> Furthest,
    int OccupationCount,
    int HourlyOnlyCount,
    int NotPublishedCount,
    IReadOnlyList<StateSummary> Others,
    PageMeta Meta);

public sealed record StateIndexViewModel(IReadOnlyList<StateSummary> States, PageMeta Meta);
