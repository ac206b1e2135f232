namespace CareerCompare.Web.Formatting;

/// <summary>Who published a figure and which release it comes from: "BLS OEWS" and "May 2025".</summary>
public sealed record FigureSource(string Name, string Vintage)
{
    /// <summary>The careers site's page gives no date for its estimates.</summary>
    public const string Undated = "undated";

    /// <summary>"BLS OEWS, May 2025", as the pages write it.</summary>
    public override string ToString() => $"{Name}, {Vintage}";

    /// <summary>
    /// The source of a careers-site occupation's figures: its own source line and the page they were taken from,
    /// "careers-site estimates (Zippia), page “Patient relations director vs patient account manager”".
    /// </summary>
    public static FigureSource Estimate(string source, string? reference) =>
        new(reference is null ? source : $"{source}, page “{reference}”", Undated);
}

/// <summary>One figure of an occupation with its name, its place and its source, as the API and the CSV files give it.</summary>
/// <param name="Key">A stable name for programs: "wages.annual.median".</param>
/// <param name="Section">The part of the profile it belongs to: "pay", "jobs", "education"…</param>
/// <param name="Unit">"USD per year", "percent", "jobs"…; null for words.</param>
public sealed record SourcedFigure(string Key, string Section, string Label, Figure Figure, FigureSource Source, string? Unit);
