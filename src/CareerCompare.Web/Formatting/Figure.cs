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
}

/// <summary>
/// One figure as it travels from the database to the page. A figure with neither a value nor a text is
/// unknown and is shown as "—" (with "unknown" for screen readers), never as zero.
/// </summary>
public sealed record Figure(FigureKind Kind, double? Value, string? Text = null)
{
    public bool IsKnown => Kind == FigureKind.Text ? !string.IsNullOrEmpty(Text) : Value.HasValue;

    public static Figure Money(int? dollars) => new(FigureKind.Money, dollars);

    public static Figure MoneyCents(int? cents) => new(FigureKind.MoneyCents, cents);

    public static Figure Percent(double? percent) => new(FigureKind.Percent, percent);

    public static Figure PercentOneDecimal(double? percent) => new(FigureKind.PercentOneDecimal, percent);

    public static Figure Count(int? count) => new(FigureKind.Count, count);

    public static Figure Number(double? number) => new(FigureKind.Number, number);

    public static Figure Words(string? text) => new(FigureKind.Text, null, text);
}
