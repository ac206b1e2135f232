using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

/// <summary>
/// A chart: the numbers for the site script that draws it (<see cref="Spec"/>), a sentence that says what
/// it shows, and a table with the same numbers for people who cannot see the chart.
/// </summary>
public sealed record ChartViewModel(string Id, string Title, string Summary, ChartSpec Spec, ChartTable Table)
{
    // The serializer escapes "<" and "&", so the JSON cannot close the script block it is written into. Written once a
    // chart, by serialisation code generated at build time (no reflection).
    public string SpecJson => field ??= JsonSerializer.Serialize(Spec, ChartJson.Default.ChartSpec);
}

/// <summary>The charts' JSON, the web's defaults (camel case); a dataset's values are numbers or [low, high] pairs.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ChartSpec))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(double[]))]
[JsonSerializable(typeof(int))]
internal sealed partial class ChartJson : JsonSerializerContext;

/// <summary>What charts.js needs to draw a chart; serialised into the page as JSON.</summary>
/// <param name="Unit">"money" or "percent": how axis ticks and tooltips are written.</param>
/// <param name="Stacked">The datasets are parts of one whole, stacked in one bar per label (shares that add up to 100%).</param>
/// <param name="Min">Where the value axis starts, where the scale has a minimum of its own (O*NET's importance: 1); else zero or the data's.</param>
/// <param name="Max">Where the value axis ends, where the scale has a maximum of its own (importance: 5; shares of a whole: 100).</param>
public sealed record ChartSpec(
    string Unit,
    bool Horizontal,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartDataset> Datasets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Stacked = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Min = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Max = null);

/// <param name="Kind">"bar" for plain bars, "range" for floating bars ([low, high] pairs), "point" for markers.</param>
/// <param name="Data">One value per label: a number, a [low, high] pair or null when unknown.</param>
public sealed record ChartDataset(string Label, string Kind, IReadOnlyList<object?> Data);

public sealed record ChartTable(string RowHeader, IReadOnlyList<string> ColumnHeaders, IReadOnlyList<ChartTableRow> Rows);

public sealed record ChartTableRow(string Label, IReadOnlyList<Figure> Values);
