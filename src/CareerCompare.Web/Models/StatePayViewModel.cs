using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>
/// Pay by state on a profile: a row per state and territory (mean yearly and hourly, May 2023; the price level and the
/// mean at national prices, BEA RPP 2023; each against the national mean of May 2023), the map's numbers as paid and after
/// prices, and what each shows.
/// </summary>
/// <param name="Hourly">The map, the prices column and the ratio are hourly (hourly-only occupations), else yearly.</param>
/// <param name="National2023">The national mean of May 2023: the state means' own year, what each is set against.</param>
/// <param name="NationalNewest">The national mean of the newest release (May 2025), for reference only: never set against a state's.</param>
/// <param name="Unpriced">The territories: listed with their means, neither adjusted nor mapped (BEA gives them no price parity).</param>
/// <param name="Summary">The map's summary as paid: the highest and lowest state means.</param>
/// <param name="AfterPricesSummary">The same after prices, what the map shows first.</param>
public sealed record StatePayViewModel(
    bool Hourly,
    Figure National2023,
    Figure NationalNewest,
    IReadOnlyList<StatePayRow> Rows,
    IReadOnlyList<string> Unpriced,
    string Summary,
    string AfterPricesSummary,
    StateMapSpec Map)
{
    public string MapJson => JsonSerializer.Serialize(Map, JsonSerializerOptions.Web);

    public string Period => Hourly ? "hourly" : "yearly";

}


/// <param name="VersusNational">The state's mean against the national mean of May 2023, in percent; null where either is not a number.</param>
/// <param name="AfterPricesVersusNational">The same at national prices.</param>
public sealed record StatePayRow(StateMean State, Figure Yearly, Figure Hourly, Figure AfterPrices, double? VersusNational, double? AfterPricesVersusNational);

/// <summary>
/// What state-map.js draws: two values per mapped state (by FIPS code), the mean as paid and after prices, the legend's
/// label of each and the unit. The page's toggle chooses which is drawn; after prices first.
/// </summary>
/// <param name="Unit">"money" (dollars a year) or "hourly" (cents an hour).</param>
public sealed record StateMapSpec(string Unit, string Label, string AfterPricesLabel, IReadOnlyList<StateMapValue> States);

/// <param name="Value">The mean as paid (a top-coded mean as its top code); null where it is not published.</param>
/// <param name="AfterPrices">The mean at national prices (mean ÷ RPP/100; a top-coded one as its top code so divided); null where the mean is not published.</param>
/// <param name="TopCoded">The mean is the top code or more ("$239,200 or more"); left out when false.</param>
public sealed record StateMapValue(
    string Fips,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? AfterPrices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool TopCoded = false);
