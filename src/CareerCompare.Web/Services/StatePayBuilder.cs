using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>Builds a profile's pay by state (table, map and sentence) from the occupation's state means, by the catalogue's figures.</summary>
public static class StatePayBuilder
{
    /// <summary>Null for an occupation the state file has no rows for (the careers site's occupations).</summary>
    public static StatePayViewModel? Build(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.States.Count == 0)
        {
            return null;
        }

        var hourly = o.ByTheHour;
        var national = o.NationalMean2023(hourly);
        var rows = o.States.Select(s => new StatePayRow(s, s.YearlyFigure, s.HourlyFigure, s.AfterPrices(hourly),
            s.VersusNational(national, afterPrices: false, hourly), s.VersusNational(national, afterPrices: true, hourly))).ToList();
        var mapped = o.States.Where(s => s.PriceParity is not null).ToList();
        var words = hourly ? "hourly" : "yearly";
        var map = new StateMapSpec(hourly ? "hourly" : "money",
            $"Mean {words} wage, {OfficialSources.States.Vintage}",
            $"Mean {words} wage after prices (BEA RPP {OfficialSources.Prices.Vintage}), {OfficialSources.States.Vintage}",
            mapped.Select(s => new StateMapValue(s.Fips, s.Name, s.Mean(hourly).Value, s.AfterPrices(hourly).Value, s.Mean(hourly).Status == FigureStatus.TopCoded))
                .ToList());
        return new StatePayViewModel(hourly, national,
            FigureCatalogue.Read(hourly ? "wages.hourly.mean" : "wages.annual.mean", o),
            rows,
            o.States.Where(s => s.PriceParity is null).Select(s => s.Name).ToList(),
            Summary(o, hourly, national, s => s.Mean(hourly), afterPrices: false),
            Summary(o, hourly, national, s => s.AfterPrices(hourly), afterPrices: true),
            map);
    }


    /// <summary>
    /// "Highest: California ($137,690), lowest: South Dakota ($66,950); national mean, May 2023: $94,480. 3 states not
    /// published." as paid, or the same after prices (the national mean is at national prices by definition).
    /// </summary>
    private static string Summary(OccupationDetails o, bool hourly, Figure national, Func<StateMean, Figure> read, bool afterPrices)
    {
        var priced = o.States.Where(s => s.PriceParity is not null).ToList();
        var published = priced.Where(s => s.Mean(hourly).Status == FigureStatus.Published).ToList();
        var topCoded = priced.Where(s => s.Mean(hourly).Status == FigureStatus.TopCoded).Select(s => s.Name).ToList();
        var withheld = priced.Count(s => s.Mean(hourly).Status == FigureStatus.NotPublished);
        var parts = new List<string>();
        string Of(StateMean s) => $"{s.Name} ({FigureFormat.Format(read(s))})";
        if (topCoded.Count > 0)
        {
            parts.Add(afterPrices
                ? $"top-coded in {Wording.JoinList(topCoded)}, so not ranked"
                : $"Top-coded ({FigureFormat.Format(o.States.First(s => s.Mean(hourly).Status == FigureStatus.TopCoded).Mean(hourly))}) in {Wording.JoinList(topCoded)}");
        }

        if (published.Count > 0)
        {
            var highest = topCoded.Count > 0 ? "highest published" : "highest";
            parts.Add($"{highest}{(afterPrices ? " after prices" : string.Empty)}: {Of(published.MaxBy(s => read(s).Value)!)}, lowest: {Of(published.MinBy(s => read(s).Value)!)}");
        }

        if (FigureFormat.Format(national) is { } mean)
        {
            parts.Add($"national mean, {OfficialSources.Wages2023.Vintage}: {mean}");
        }

        if (withheld > 0)
        {
            parts.Add($"not published in {withheld} {(withheld == 1 ? "state" : "states")}");
        }

        return $"{Wording.Capitalize(string.Join("; ", parts))}.";
    }
}
