using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;

namespace CareerCompare.Web.Sections;

/// <summary>
/// What the sections' catalogue entries share: an official figure's release (one occupation's own where BLS no longer
/// publishes it), the times said beside a change, and the careers site's undated estimates.
/// </summary>
internal static class SectionFigures
{
    public const string Official = FigureCatalogue.Official;
    public const string Estimate = FigureCatalogue.Estimate;

    internal static bool HourlyOnly(OccupationDetails o) => o.WageBasis == WageBasis.HourlyOnly;

    internal static FigureDefinition OfficialFigure(string key, string section, string label, string? unit, FigureSource source, Func<OccupationDetails, Figure> read,
        DifferenceRule difference = DifferenceRule.Subtract, Func<OccupationDetails, bool>? applies = null, bool published = true,
        Func<OccupationDetails, string?>? period = null, string? periodInGeneral = null, bool higherIsBetter = false) =>
        new(key, section, label, unit, Official, source, read, difference, applies, published, ReleaseOf(source), period, periodInGeneral, higherIsBetter);

    internal const string OverAYear = "over a year";
    internal const string SinceFirstYear = "since its first year";

    /// <summary>The national OEWS release an occupation's current figures come from (May 2024 for one BLS no longer publishes).</summary>
    internal static int ReleaseYear(OccupationDetails o) => o.WagesYear ?? OfficialFiles.CurrentWagesYear;

    /// <summary>"in May 2025": the release of an occupation's jobs and wages.</summary>
    internal static string InRelease(OccupationDetails o) => "in " + OfficialSources.May(ReleaseYear(o));

    /// <summary>"since May 2024": the release before the occupation's own, where its change over a year starts.</summary>
    internal static string SincePreviousRelease(OccupationDetails o) => OfficialSources.Since(ReleaseYear(o) - 1);

    /// <summary>
    /// The national OEWS figures' release for one occupation: the current one, or the last that published it (May 2024
    /// for 11-1031 Legislators, which May 2025 no longer has).
    /// </summary>
    private static Func<OccupationDetails, FigureSource>? ReleaseOf(FigureSource source) =>
        source == OfficialSources.Wages ? o => o.WagesYear is { } y ? OfficialSources.WagesOf(y) : source
        : source == OfficialSources.WageChange ? o => o.WagesYear is { } y ? OfficialSources.ChangeOf(y) : source
        : null;

    internal static FigureDefinition EstimateFigure(string key, string section, string label, string? unit, Func<OccupationDetails, Figure> read,
        DifferenceRule difference = DifferenceRule.Subtract, bool published = true, bool higherIsBetter = false) =>
        new(key, section, label, unit, Estimate, null, read, difference, null, published, HigherIsBetter: higherIsBetter);
}
