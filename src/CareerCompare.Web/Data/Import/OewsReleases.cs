namespace CareerCompare.Web.Data.Import;

/// <summary>
/// The national OEWS releases found in seed-data/ (<see cref="OfficialFiles.OewsNational"/>), each read by its
/// header names: the newest is the current release, the one before it the "change since" year, and all of them the
/// history. A folder with May 2024 and May 2023 only (the layout before May 2025) imports as before, so a new release
/// is added by dropping its file in and naming it in that list.
/// </summary>
internal sealed class OewsReleases
{
    internal static readonly string[] Columns = ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEAN", "A_MEAN",
        "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"];

    private readonly SortedDictionary<int, Dictionary<string, DataRow>> detailed = [];

    private OewsReleases(int currentYear, string currentFile, List<DataRow> currentRows)
    {
        CurrentYear = currentYear;
        CurrentFile = currentFile;
        CurrentRows = currentRows;
    }

    /// <summary>The newest release's year (2025) and file; its rows, the major groups among them.</summary>
    public int CurrentYear { get; }

    public string CurrentFile { get; }

    public List<DataRow> CurrentRows { get; }

    /// <summary>The years read, oldest first.</summary>
    public IReadOnlyCollection<int> Years => detailed.Keys;

    /// <summary>The detailed rows of one release by SOC code; empty where its file is not in the folder.</summary>
    public IReadOnlyDictionary<string, DataRow> Detailed(int year) => detailed.TryGetValue(year, out var rows) ? rows : new Dictionary<string, DataRow>();

    public static OewsReleases Read(string directory)
    {
        var present = OfficialFiles.OewsNational.Where(f => File.Exists(Path.Combine(directory, f.Path))).OrderByDescending(f => f.Year).ToList();
        if (present.Count == 0)
        {
            // Name the file the layout has always needed, so the message says what to add.
            DataFile.Locate(directory, OfficialFiles.Oews2024);
        }

        var (year, path) = present[0];
        var rows = DataFile.ReadCsv(directory, path, Columns);
        var releases = new OewsReleases(year, path, rows);
        releases.detailed[year] = Index(path, rows);
        foreach (var (older, olderPath) in present.Skip(1))
        {
            releases.detailed[older] = Index(olderPath, DataFile.ReadCsv(directory, olderPath, Columns));
        }

        return releases;
    }

    private static Dictionary<string, DataRow> Index(string path, List<DataRow> rows)
    {
        var index = new Dictionary<string, DataRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r["O_GROUP"] == "detailed"))
        {
            if (!index.TryAdd(row["OCC_CODE"], row))
            {
                throw row.Error("OCC_CODE", "the same detailed code twice");
            }
        }

        return index.Count > 0 ? index : throw new SeedDataException($"{path}: no detailed occupations (O_GROUP = detailed).");
    }
}
