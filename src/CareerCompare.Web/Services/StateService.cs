using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>The state pages: every state's price level, and in one state the occupations that pay most and whose pay goes furthest.</summary>
public sealed class StateService(CatalogueStore catalogue, SiteUrls urls)
{
    /// <summary>How many occupations each of a state page's two rankings shows.</summary>
    public const int Ranked = 20;

    public static string NotFoundMessage(string name) =>
        $"We have no state called \"{Wording.Echo(name)}\". The states, the District of Columbia, Guam, Puerto Rico and the Virgin Islands are listed at /states.";

    /// <summary>Every state, DC and territory, by name.</summary>
    public async Task<IReadOnlyList<StateSummary>> AllAsync(CancellationToken cancellationToken) =>
        (await catalogue.GetAsync(cancellationToken)).States;

    /// <summary>
    /// The state a visitor named: its address ("new-york") or its postal code ("NY"), in any case; null for anything else.
    /// </summary>
    public async Task<StateSummary?> FindAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 60)
        {
            return null;
        }

        var lower = name.Trim().ToLowerInvariant();
        var upper = name.Trim().ToUpperInvariant();
        return (await catalogue.GetAsync(cancellationToken)).States.FirstOrDefault(s => s.Slug == lower || s.Code == upper);
    }

    public async Task<StateIndexViewModel> IndexAsync(CancellationToken cancellationToken)
    {
        var states = await AllAsync(cancellationToken);
        return new StateIndexViewModel(states, new PageMeta("Pay and prices by state",
            $"Every state's price level ({OfficialFiles.PricesSource}) and mean pay ({OfficialFiles.StateSource}): which occupations pay most in each state and whose pay goes furthest there.",
            urls.Action("Index", "States")));
    }

    /// <summary>Every occupation's mean in the state, with its national mean of May 2023 (the same year).</summary>
    public async Task<List<StateOccupation>> OccupationsAsync(StateSummary state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return snapshot.Occupations.Select(o => (Occupation: o, Mean: o.InState(state.Code))).Where(r => r.Mean is not null).Select(r =>
            {
                var hourly = r.Occupation.ByTheHour;
                var national = r.Occupation.NationalMean2023(hourly);
                return new StateOccupation(r.Occupation.Link, hourly, r.Mean!.Mean(hourly), r.Mean.AfterPrices(hourly), national,
                    r.Mean.VersusNational(national, afterPrices: true, hourly));
            })
            .OrderBy(r => r.Occupation.Title, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<StatePageViewModel> GetAsync(StateSummary state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var occupations = await OccupationsAsync(state, cancellationToken);
        var others = (await AllAsync(cancellationToken)).Where(s => s.Code != state.Code).ToList();
        // Top-coded means rank as their top code (they are that or more, as the list sorts them); hourly-only occupations have no yearly mean.
        var highest = occupations.Where(o => !o.Hourly && o.Mean.IsKnown)
            .OrderByDescending(o => o.Mean.Value).ThenBy(o => o.Occupation.Title, StringComparer.Ordinal).Take(Ranked).ToList();
        var furthest = occupations.Where(o => o.AfterPricesVersusNational is not null)
            .OrderByDescending(o => o.AfterPricesVersusNational).ThenBy(o => o.Occupation.Title, StringComparer.Ordinal).Take(Ranked).ToList();
        return new StatePageViewModel(state, highest, furthest, occupations.Count, occupations.Count(o => o.Hourly),
            occupations.Count(o => o.Mean.Status == FigureStatus.NotPublished), others, Meta(state, highest));
    }

    /// <summary>A state in the API: its figures with their sources and vintages.</summary>
    public ApiState ToApi(StateSummary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new ApiState(state.Code, state.Name, state.Slug,
            ApiFigure.From(Figure.Number(state.PriceParity), OfficialSources.Prices, "index, US = 100"),
            ApiFigure.From(Figure.Money(state.AllOccupationsMeanYearly), OfficialSources.States, "USD per year"),
            ApiFigure.From(state.AllOccupationsAfterPrices, OfficialSources.StatesAfterPrices, "USD per year"),
            new ApiLinks(urls.Action("Show", "States", new { name = state.Slug }), urls.Action("State", "OpenData", new { name = state.Slug })));
    }

    /// <summary>The state's JSON: the state, and every occupation's mean there.</summary>
    public async Task<ApiStateDetail> ApiAsync(StateSummary state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var occupations = await OccupationsAsync(state, cancellationToken);
        return new ApiStateDetail(ToApi(state), occupations.Select(o =>
        {
            var unit = o.Hourly ? "USD per hour" : "USD per year";
            return new ApiStateOccupation(o.Occupation.Slug, o.Occupation.Title, o.Hourly ? "hourly" : "annual",
                ApiFigure.From(o.Mean, OfficialSources.States, unit),
                ApiFigure.From(o.AfterPrices, OfficialSources.StatesAfterPrices, unit),
                ApiFigure.From(o.National2023, OfficialSources.Wages2023, unit),
                ApiFigure.From(Figure.PercentOneDecimal(o.AfterPricesVersusNational), OfficialSources.StatesAfterPrices, "percent"),
                urls.Action("Profile", "Occupations", new { slug = o.Occupation.Slug }));
        }).ToList());
    }

    private PageMeta Meta(StateSummary state, List<StateOccupation> highest)
    {
        var price = state.PriceLevelWords is { } words ? $"Price level {FigureFormat.PriceParity(state.PriceParity)} ({words}, {OfficialFiles.PricesSource})." : "No BEA price parity.";
        var top = highest.Take(3).Select(h => $"{h.Occupation.Title} {FigureFormat.Format(h.Mean)}").ToList();
        return new PageMeta(PageTitle.Shorten($"Pay in {state.Name}: occupations and prices"),
            $"{price} Highest mean pay in {state.Name} ({OfficialFiles.StateSource}): {Wording.JoinList(top)}; and the occupations whose pay goes furthest there.",
            urls.Action("Show", "States", new { name = state.Slug }));
    }
}
