using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data.Import;

/// <summary>
/// BLS OEWS national industry-sector estimates (<see cref="OfficialFiles.OewsSectors"/>): each detailed occupation's
/// employment and wages in each of the 20 NAICS sectors where BLS publishes it, with the relative standard errors of
/// the employment and the mean. Markers as in the national file: "**" employment not published, "*" a wage not
/// published, "#" at or above the year's top code.
/// </summary>
internal static class IndustrySectors
{
    private static readonly string[] Columns = ["NAICS", "NAICS_TITLE", "I_GROUP", "OCC_CODE", "O_GROUP", "TOT_EMP", "EMP_PRSE",
        "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_MEDIAN", "A_MEDIAN"];

    /// <summary>Each detailed code's sectors, in the file's order; yearly wages, or hourly where <paramref name="hourlyOnly"/> says the occupation has no yearly ones.</summary>
    public static Dictionary<string, List<IndustryPay>> Read(string directory, Func<string, bool> hourlyOnly)
    {
        var topCode = OfficialFiles.TopCode(OfficialFiles.SectorsYear);
        var result = new Dictionary<string, List<IndustryPay>>(StringComparer.Ordinal);
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.OewsSectors, Columns))
        {
            if (row["O_GROUP"] != "detailed" || row["I_GROUP"] != "sector")
            {
                continue;
            }

            var code = row["OCC_CODE"];
            if (!OfficialCatalogueReader.SocCode().IsMatch(code))
            {
                throw row.Error("OCC_CODE", "not a SOC code like 11-9111");
            }

            var hourly = hourlyOnly(code);
            var (prefix, period) = hourly ? ("H_", WagePeriod.Hourly) : ("A_", WagePeriod.Annual);
            if (!result.TryGetValue(code, out var sectors))
            {
                result[code] = sectors = [];
            }

            if (sectors.Any(s => s.Naics == row["NAICS"]))
            {
                throw row.Error("NAICS", $"the same sector twice for {code}");
            }

            sectors.Add(new IndustryPay(row["NAICS"], row["NAICS_TITLE"],
                OfficialCatalogueReader.Whole(Cell.Number(row, "TOT_EMP", "**", "*")), Cell.Number(row, "EMP_PRSE", "**", "*"),
                OfficialCatalogueReader.Wage(row, prefix + "MEDIAN", period, WageMeasure.Median, topCode),
                OfficialCatalogueReader.Wage(row, prefix + "MEAN", period, WageMeasure.Mean, topCode),
                Cell.Number(row, "MEAN_PRSE", "**", "*")));
        }

        return result.Count > 0 ? result : throw new SeedDataException($"{OfficialFiles.OewsSectors}: no detailed occupations by sector (O_GROUP = detailed, I_GROUP = sector).");
    }
}
