namespace CareerCompare.Web.Data;

/// <summary>
/// A state, the District of Columbia or a territory of the OEWS state file, with its price level (BEA Regional Price
/// Parity, all items, 2023; US = 100). Territories have no price parity: their pay is listed but not adjusted or mapped.
/// </summary>
public sealed class UsState
{
    /// <summary>The postal code: "TX". The key, and what addresses take (<c>?state=TX</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The state's address: "new-york" (<c>/states/new-york</c>).</summary>
    public required string Slug { get; set; }

    /// <summary>The two-digit FIPS code, "48": how the map's shapes are named.</summary>
    public required string Fips { get; set; }

    /// <summary>BEA Regional Price Parity, all items, 2023 (US = 100); null for territories BEA does not cover.</summary>
    public double? PriceParity { get; set; }

    /// <summary>The mean yearly wage of all occupations in the state (OEWS May 2023, 00-0000), for reference.</summary>
    public int? AllOccupationsMeanYearly { get; set; }
}

/// <summary>
/// One occupation's mean wage in one state (BLS OEWS, May 2023), yearly and hourly, each with its status: "#" is the
/// top code with <see cref="FigureStatus.TopCoded"/>, "*" not published. A table, not a JSON column, because the list
/// and the state pages filter and sort occupations on it in SQL.
/// </summary>
public sealed class StateWage
{
    public int OccupationId { get; set; }

    public required string StateCode { get; set; }

    public UsState? State { get; set; }

    public int? MeanYearly { get; set; }

    public FigureStatus MeanYearlyStatus { get; set; }

    public int? MeanHourlyCents { get; set; }

    public FigureStatus MeanHourlyStatus { get; set; }
}
