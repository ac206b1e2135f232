using CareerCompare.Web.Data;

namespace CareerCompare.Web.Formatting;

/// <summary>How a figure is written on the page.</summary>
public enum FigureKind
{
    /// <summary>Whole dollars: "$94,921".</summary>
    Money,

    /// <summary>Cents, written as dollars and cents: "$45.64".</summary>
    MoneyCents,

    /// <summary>A whole percentage: "28%".</summary>
    Percent,

    /// <summary>A percentage with one decimal: "25.0%".</summary>
    PercentOneDecimal,

    /// <summary>A count with thousands separators: "91,308".</summary>
    Count,

    /// <summary>A plain number such as an age or a number of years: "47".</summary>
    Number,

    /// <summary>Words: a city, a degree, a range already written out.</summary>
    Text,

    /// <summary>A calendar year, written as a year and not as a count: "2019", never "2,019".</summary>
    Year,
}

/// <summary>
/// One figure as it travels from the database to the page. A figure with neither a value nor a text is
/// unknown and is shown as "—" (with "unknown" for screen readers), never as zero.
/// </summary>
/// <param name="Status">
/// Published, top-coded (the value is the top code and the truth is that or more: "$239,200 or more") or not
/// published by the source ("not published", as opposed to unknown).
/// </param>
public sealed record Figure(FigureKind Kind, double? Value, string? Text = null, FigureStatus Status = FigureStatus.Published)
{
    public bool IsKnown => Status != FigureStatus.NotPublished && (Kind == FigureKind.Text ? !string.IsNullOrEmpty(Text) : Value.HasValue);

    /// <summary>A money figure with its publisher's status.</summary>
    public static Figure Wage(FigureKind kind, int? amount, FigureStatus status) => new(kind, status == FigureStatus.NotPublished ? null : amount, null, status);

    public static Figure Money(int? dollars) => new(FigureKind.Money, dollars);

    public static Figure MoneyCents(int? cents) => new(FigureKind.MoneyCents, cents);

    public static Figure Percent(double? percent) => new(FigureKind.Percent, percent);

    public static Figure PercentOneDecimal(double? percent) => new(FigureKind.PercentOneDecimal, percent);

    public static Figure Count(int? count) => new(FigureKind.Count, count);

    public static Figure Number(double? number) => new(FigureKind.Number, number);

    public static Figure Year(int? year) => new(FigureKind.Year, year);

    public static Figure Words(string? text) => new(FigureKind.Text, null, text);
}
