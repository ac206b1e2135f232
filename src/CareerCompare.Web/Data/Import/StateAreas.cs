namespace CareerCompare.Web.Data.Import;

/// <summary>
/// The 54 areas of the OEWS state file by the name it gives them (AREA_TITLE, BEA's GeoName), with their postal and FIPS
/// codes: the 50 states, the District of Columbia, Guam, Puerto Rico and the Virgin Islands.
/// </summary>
internal static class StateAreas
{
    public static IReadOnlyList<(string Name, string Code, string Fips)> All { get; } =
    [
        ("Alabama", "AL", "01"), ("Alaska", "AK", "02"), ("Arizona", "AZ", "04"), ("Arkansas", "AR", "05"), ("California", "CA", "06"),
        ("Colorado", "CO", "08"), ("Connecticut", "CT", "09"), ("Delaware", "DE", "10"), ("District of Columbia", "DC", "11"),
        ("Florida", "FL", "12"), ("Georgia", "GA", "13"), ("Hawaii", "HI", "15"), ("Idaho", "ID", "16"), ("Illinois", "IL", "17"),
        ("Indiana", "IN", "18"), ("Iowa", "IA", "19"), ("Kansas", "KS", "20"), ("Kentucky", "KY", "21"), ("Louisiana", "LA", "22"),
        ("Maine", "ME", "23"), ("Maryland", "MD", "24"), ("Massachusetts", "MA", "25"), ("Michigan", "MI", "26"), ("Minnesota", "MN", "27"),
        ("Mississippi", "MS", "28"), ("Missouri", "MO", "29"), ("Montana", "MT", "30"), ("Nebraska", "NE", "31"), ("Nevada", "NV", "32"),
        ("New Hampshire", "NH", "33"), ("New Jersey", "NJ", "34"), ("New Mexico", "NM", "35"), ("New York", "NY", "36"),
        ("North Carolina", "NC", "37"), ("North Dakota", "ND", "38"), ("Ohio", "OH", "39"), ("Oklahoma", "OK", "40"), ("Oregon", "OR", "41"),
        ("Pennsylvania", "PA", "42"), ("Rhode Island", "RI", "44"), ("South Carolina", "SC", "45"), ("South Dakota", "SD", "46"),
        ("Tennessee", "TN", "47"), ("Texas", "TX", "48"), ("Utah", "UT", "49"), ("Vermont", "VT", "50"), ("Virginia", "VA", "51"),
        ("Washington", "WA", "53"), ("West Virginia", "WV", "54"), ("Wisconsin", "WI", "55"), ("Wyoming", "WY", "56"),
        ("Guam", "GU", "66"), ("Puerto Rico", "PR", "72"), ("Virgin Islands", "VI", "78"),
    ];

    private static readonly Dictionary<string, (string Name, string Code, string Fips)> ByName =
        All.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);

    public static (string Name, string Code, string Fips)? Find(string name) => ByName.TryGetValue(name, out var area) ? area : null;
}
