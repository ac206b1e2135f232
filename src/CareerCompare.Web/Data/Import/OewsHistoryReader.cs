using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data.Import;

/// <summary>
/// An occupation's OEWS history: one point for every national release in the folder whose file has the same code at
/// the detailed level (a code BLS split, merged or renumbered is not joined across years). May 2019 and May 2020 are in
/// BLS's hybrid codes (SOC 2010 and 2018 combined): their points are marked so. Wages keep each year's markers, "#" at
/// that year's top code.
/// </summary>
internal static class OewsHistoryReader
{
    /// <summary>The last year whose national file uses BLS's hybrid structure.</summary>
    public const int LastHybridYear = 2020;

    public static List<WageHistoryPoint> Read(OewsReleases releases, string code, bool hourly)
    {
        var period = hourly ? WagePeriod.Hourly : WagePeriod.Annual;
        var prefix = hourly ? "H_" : "A_";
        var points = new List<WageHistoryPoint>();
        foreach (var year in releases.Years)
        {
            if (!releases.Detailed(year).TryGetValue(code, out var row))
            {
                continue;
            }

            var topCode = OfficialFiles.TopCode(year);
            WageFigure Wage(string suffix, WageMeasure measure) => OfficialCatalogueReader.Wage(row, prefix + suffix, period, measure, topCode);
            points.Add(new WageHistoryPoint(year, year <= LastHybridYear, OfficialCatalogueReader.Whole(Cell.Number(row, "TOT_EMP", "**", "*")),
                Wage("PCT10", WageMeasure.Percentile10), Wage("MEDIAN", WageMeasure.Median), Wage("MEAN", WageMeasure.Mean), Wage("PCT90", WageMeasure.Percentile90),
                JobsNotPublished: row["TOT_EMP"].Trim() == "**"));
        }

        return points;
    }
}
