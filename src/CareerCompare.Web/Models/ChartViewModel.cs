using System.Text.Json;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>
/// A chart: the numbers for the site script that draws it (<see cref="Spec"/>), a sentence that says what
/// it shows, and a table with the same numbers for people who cannot see the chart.
/// </summary>
public sealed record ChartViewModel(string Id, string Title, string Summary, ChartSpec Spec, ChartTable Table)
{
    // The serializer escapes "<" and "&", so the JSON cannot close the script block it is written into.
    public string SpecJson => JsonSerializer.Serialize(Spec, JsonSerializerOptions.Web);
}

/// <summary>What charts.js needs to draw a chart; serialised into the page as JSON.</summary>
/// <param name="Unit">"money" or "percent": how axis ticks and tooltips are written.</param>
public sealed record ChartSpec(string Unit, bool Horizontal, IReadOnlyList<string> Labels, IReadOnlyList<ChartDataset> Datasets);

/// <param name="Kind">"bar" for plain bars, "range" for floating bars ([low, high] pairs), "point" for markers.</param>
/// <param name="Data">One value per label: a number, a [low, high] pair or null when unknown.</param>
public sealed record ChartDataset(string Label, string Kind, IReadOnlyList<object?> Data);

public sealed record ChartTable(string RowHeader, IReadOnlyList<string> ColumnHeaders, IReadOnlyList<ChartTableRow> Rows);

public sealed record ChartTableRow(string Label, IReadOnlyList<Figure> Values);
