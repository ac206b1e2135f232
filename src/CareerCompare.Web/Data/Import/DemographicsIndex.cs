using System.Text.RegularExpressions;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data.Import;

/// <summary>
/// CPS demographics by SOC code. CPS rows carry Census titles, which the Census code list turns into SOC codes;
/// an OEWS code takes the row whose code matches exactly, else its broad code (XX-XXX0), else a wildcard
/// (13-20XX), else its minor group. A code with none of these chooses among the rows of its broad group, and the
/// page says how (<see cref="OccupationColumns.DemographicsRowChoice"/>): a merged OEWS code (13-1020, 31-1120) covers
/// the detailed codes of its broad group and takes the largest published of their rows; a code the Census list
/// knows by older codes (21-1018) takes the published row whose title shares most words with its own, then the
/// largest. A row BLS does not publish ("-") is taken only when no candidate is published. The weekly earnings of
/// men and women (Table 39) come from the same survey group's row: the tables share their titles.
/// </summary>
internal sealed partial class DemographicsIndex
{
    private readonly Dictionary<string, DataRow> table11 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataRow> table11b = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataRow> table39 = new(StringComparer.Ordinal);

    /// <summary>Table 39's columns, by position under its three header lines: the occupation, then workers (thousands) and median weekly earnings of all, men and women.</summary>
    internal static readonly string[] Table39Columns = ["occupation", "workers", "median", "men_workers", "men_median", "women_workers", "women_median"];
    private readonly List<(string Title, string Soc)> census = [];
    private readonly Dictionary<string, string?> rowByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> choiceByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> rowUse = new(StringComparer.Ordinal);

    public DemographicsIndex(string directory, IEnumerable<(string Code, string Title)> occupations)
    {
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.CpsTable11, ["occupation", "total_employed_thousands", "pct_women",
                     "pct_white", "pct_black_or_african_american", "pct_asian", "pct_hispanic_or_latino"]))
        {
            table11.TryAdd(Normalize(row["occupation"]), row);
        }

        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.CpsTable11b, ["occupation", "median_age"]))
        {
            table11b.TryAdd(Normalize(row["occupation"]), row);
        }

        string[][] header = [["Occupation", "2025"], ["Total", "Men", "Women"],
            ["Number of workers", "Median weekly earnings", "Number of workers", "Median weekly earnings", "Number of workers", "Median weekly earnings"]];
        foreach (var row in DataFile.ReadTable(directory, OfficialFiles.CpsTable39, "Occupation", header, Table39Columns))
        {
            table39.TryAdd(Normalize(row["occupation"]), row);
        }

        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.CensusCodes, ["2018 Census Title", "2018 Census Code", "2018 SOC Code"],
                     headerStartsWith: "2018 Census Title"))
        {
            if (CensusCode().IsMatch(row["2018 Census Code"]) && row["2018 Census Title"].Length > 0 && table11.ContainsKey(Normalize(row["2018 Census Title"])))
            {
                census.Add((row["2018 Census Title"], row["2018 SOC Code"]));
            }
        }

        if (census.Count == 0)
        {
            throw new SeedDataException($"{OfficialFiles.CensusCodes}: no Census title matches a row of {OfficialFiles.CpsTable11}.");
        }

        foreach (var (code, title) in occupations)
        {
            var (row, choice) = Find(code, title);
            rowByCode[code] = row;
            if (choice is not null)
            {
                choiceByCode[code] = choice;
            }

            if (row is not null)
            {
                rowUse[row] = rowUse.GetValueOrDefault(row) + 1;
            }
        }
    }

    /// <summary>How many of the occupations a survey row describes.</summary>
    public int Matched => rowByCode.Values.Count(r => r is not null);

    public void Fill(string code, Occupation occupation)
    {
        if (rowByCode.GetValueOrDefault(code) is not { } key)
        {
            return;
        }

        var row = table11[key];
        occupation.DemographicsSourceRow = row["occupation"];
        occupation.DemographicsRowShared = rowUse[key] > 1;
        occupation.DemographicsRowChoice = choiceByCode.GetValueOrDefault(code);
        occupation.Gender.Add(Share(row, "pct_women", "Women"));
        occupation.Race.Add(Share(row, "pct_white", "White"));
        occupation.Race.Add(Share(row, "pct_black_or_african_american", "Black or African American"));
        occupation.Race.Add(Share(row, "pct_asian", "Asian"));
        occupation.Race.Add(Share(row, "pct_hispanic_or_latino", "Hispanic or Latino"));
        if (table11b.TryGetValue(key, out var ages))
        {
            occupation.MedianAge = Cell.Number(ages, "median_age", "-", "–");
        }

        // The same survey group's earnings ("–": BLS does not publish a median whose base is under 50,000 workers).
        if (table39.TryGetValue(key, out var earnings))
        {
            occupation.EarningsSourceRow = earnings["occupation"];
            occupation.MedianWeeklyEarnings = OfficialCatalogueReader.Whole(Cell.Number(earnings, "median", "–", "-"));
            occupation.MenMedianWeeklyEarnings = OfficialCatalogueReader.Whole(Cell.Number(earnings, "men_median", "–", "-"));
            occupation.WomenMedianWeeklyEarnings = OfficialCatalogueReader.Whole(Cell.Number(earnings, "women_median", "–", "-"));
        }
    }

    private static GroupShare Share(DataRow row, string column, string group) => new(group, Cell.Number(row, column, "-", "–"));

    private (string? Key, string? Choice) Find(string code, string title)
    {
        string? Exact(string soc) => census.Where(c => c.Soc == soc).Select(c => Normalize(c.Title)).FirstOrDefault();

        var found = Exact(code) ?? Exact(code[..6] + "0");
        if (found is not null)
        {
            return (found, null);
        }

        foreach (var (censusTitle, soc) in census)
        {
            var x = soc.IndexOf('X', StringComparison.Ordinal);
            if (x > 0 && code.StartsWith(soc[..x], StringComparison.Ordinal))
            {
                return (Normalize(censusTitle), null);
            }
        }

        found = Exact(code[..4] + "000");
        if (found is not null)
        {
            return (found, null);
        }

        var group = census.Where(c => c.Soc.StartsWith(code[..6], StringComparison.Ordinal))
            .Select(c => (Key: Normalize(c.Title), c.Title)).DistinctBy(c => c.Key).ToList();
        if (code.EndsWith('0'))
        {
            // A merged code: its components are the detailed codes of its broad group.
            var components = group.OrderByDescending(c => Published(c.Key)).ThenByDescending(c => Size(c.Key)).ToList();
            if (components.Count == 0)
            {
                return (null, null);
            }

            var chosen = components[0];
            var rule = Published(chosen.Key)
                ? $"the largest published of the {components.Count} survey groups this occupation's code covers"
                : $"the largest of the {components.Count} survey groups this occupation's code covers (none is published)";
            return (chosen.Key, components.Count == 1 ? null : $"{rule}: {string.Join("; ", components.Select(c => Described(c.Key)))}");
        }

        var words = Words(title);
        var match = group
            .Select(c => (c.Key, Overlap: Words(c.Title).Intersect(words).Count()))
            .Where(c => c.Overlap > 0)
            .OrderByDescending(c => Published(c.Key))
            .ThenByDescending(c => c.Overlap)
            .ThenByDescending(c => Size(c.Key))
            .Select(c => c.Key)
            .FirstOrDefault();
        return match is null ? (null, null)
            : (match, $"the {(Published(match) ? "published " : string.Empty)}survey group whose title is closest to this occupation's, "
                + $"among the {group.Count} of its broad group {code[..6]}0 in the survey");
    }

    private bool Published(string key) => Cell.Number(table11[key], "pct_women", "-", "–") is not null;

    private double Size(string key) => Cell.Number(table11[key], "total_employed_thousands", "-", "–") ?? 0;

    /// <summary>"Wholesale and retail buyers, except farm products (179,000 workers)", "… (10,000 workers, not published)".</summary>
    private string Described(string key) =>
        $"{table11[key]["occupation"]} ({Formatting.FigureFormat.Count(Size(key) * 1000)} workers{(Published(key) ? string.Empty : ", not published")})";

    private static HashSet<string> Words(string title) =>
        Normalize(title).Split(' ').Where(w => w.Length > 2 && w is not ("and" or "all" or "other" or "except")).ToHashSet(StringComparer.Ordinal);

    internal static string Normalize(string title) => NonWord().Replace(title.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex CensusCode();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
