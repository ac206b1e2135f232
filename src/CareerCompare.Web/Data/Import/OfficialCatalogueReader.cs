using System.Globalization;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data.Import;

/// <summary>An occupation built from the official files, with the SOC codes of its related occupations.</summary>
internal sealed record ImportedOccupation(Occupation Occupation, IReadOnlyList<string> RelatedSocCodes)
{
    /// <summary>The closest occupations in skills that pay a higher median (<see cref="SkillSimilarity"/>).</summary>
    public IReadOnlyList<(string SocCode, double Similarity)> MovesThatPayMore { get; set; } = [];
}

/// <summary>What the official files give: the occupations, the states with their price levels and each occupation's state means, and O*NET's level anchors.</summary>
internal sealed record ImportedCatalogue(List<ImportedOccupation> Occupations, List<UsState> States, List<LevelAnchor> LevelAnchors,
    List<InterestArea> InterestAreas);

/// <summary>
/// Reads the official files and joins them on the 2018 SOC code, as the data README describes: the 831 detailed
/// OEWS occupations of the newest release (May 2025) are the spine, with those of the release before that it no longer publishes; projections join by code; O*NET by code + ".00", then the crosswalk,
/// then child codes; CPS demographics and weekly earnings through the Census code list (exact, broad, wildcard, minor
/// group); the industry-sector estimates (May 2024) by code.
/// Reads only: it changes nothing, so a bad file stops the import before the database is touched.
/// </summary>
internal static partial class OfficialCatalogueReader
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Step}: {Count} {What} ({Ms:F0} ms)")]
    private static partial void LogStep(ILogger logger, string step, int count, string what, double ms);

    public const string DataSetName = "official";
    public const string Source = "official statistics (BLS, O*NET)";
    public const int TopSkills = 10;
    public const int MaxRelated = 10;
    public const int MaxTools = 40;

    /// <param name="logger">Told, data set by data set, what was read, how much and how long it took: a first start
    /// spends its import here, and says where it is.</param>
    public static ImportedCatalogue Read(string directory, ILogger logger)
    {
        var watch = Stopwatch.StartNew();
        void Done(string step, int count, string what)
        {
            LogStep(logger, step, count, what, watch.Elapsed.TotalMilliseconds);
            watch.Restart();
        }

        // The Handbook's pages are read beside the other files: they need nothing of them until the join.
        var handbookRead = Task.Run(() =>
        {
            var addresses = HandbookPages.Crosswalk(directory);
            return (Addresses: addresses, Pages: HandbookPages.Read(directory, addresses.Values.Select(p => p.Address)));
        });
        var releases = OewsReleases.Read(directory);
        var year = releases.CurrentYear;
        Done($"Read BLS OEWS national estimates, {releases.Years.Count} releases from May {releases.Years.Min()} to May {year}", releases.Detailed(year).Count,
            $"detailed occupations in May {year}");
        var previous = releases.Detailed(year - 1);
        // The spine: the current release's detailed occupations, then those of the year before that it no longer
        // publishes (11-1031 Legislators in May 2025), which keep their address with their last published figures.
        var detailed = releases.Detailed(year).Values
            .Select(r => (Row: r, Year: year))
            .Concat(previous.Values.Where(r => !releases.Detailed(year).ContainsKey(r["OCC_CODE"])).Select(r => (Row: r, Year: year - 1)))
            .ToList();
        var majorGroups = releases.CurrentRows.Where(r => r["O_GROUP"] == "major").ToDictionary(r => r["OCC_CODE"][..2], r => r["OCC_TITLE"]);
        // The national figures of the state file's year, what each state's mean is set against.
        var may2023 = releases.Detailed(OfficialFiles.StatesYear);
        var (areas, stateRows) = ReadStates(directory);
        var states = HighestPayingStates(stateRows);
        Done($"Read BLS OEWS state means and BEA price parities, {areas.Count} states and territories", stateRows.Values.Sum(r => r.Count), "state means");
        var projections = DataFile.ReadCsv(directory, OfficialFiles.Projections, [ProjCode, ProjType, ProjEmp2024, ProjEmp2034, ProjChange,
                ProjChangePercent, ProjOpenings, ProjEducation, ProjExperience, ProjTraining])
            .Where(r => r[ProjType] == "Line item").ToDictionary(r => r[ProjCode]);
        Done("Read BLS Employment Projections", projections.Count, "occupations");
        var demographics = new DemographicsIndex(directory, detailed.Select(r => (r.Row["OCC_CODE"], r.Row["OCC_TITLE"])));
        Done("Read the Current Population Survey, demographics and weekly earnings", demographics.Matched, "occupations matched to a survey row");
        var onet = new OnetIndex(directory, detailed.Select(r => r.Row["OCC_CODE"]));
        Done("Read O*NET", onet.OccupationCount, "O*NET occupations");
        var spine = detailed.ToDictionary(r => r.Row["OCC_CODE"], r => r.Row, StringComparer.Ordinal);
        var sectors = IndustrySectors.Read(directory,
            code => spine.TryGetValue(code, out var r) && r["HOURLY"].Equals("TRUE", StringComparison.OrdinalIgnoreCase));
        Done("Read BLS OEWS industry-sector estimates", sectors.Values.Sum(s => s.Count), $"sector rows of {sectors.Count} occupations");
        var aiExposure = new AiExposureIndex(directory);
        Done("Read the AI-exposure studies", aiExposure.LabelledTasks, "labelled tasks");

        var (handbookAddresses, handbook) = handbookRead.GetAwaiter().GetResult();
        Done("Read the Occupational Outlook Handbook (while the files above were read)", handbook.Count, "pages");

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ImportedOccupation>(detailed.Count);
        foreach (var (row, wagesYear) in detailed)
        {
            var code = row["OCC_CODE"];
            if (!SocCode().IsMatch(code))
            {
                throw row.Error("OCC_CODE", "not a SOC code like 11-9111");
            }

            var title = row["OCC_TITLE"];
            var slug = Slug.FromTitle(title);
            if (!slugs.Add(slug))
            {
                slug = $"{slug}-{code}";
                slugs.Add(slug);
            }

            var candidates = onet.CandidatesFor(code);
            var occupation = new Occupation
            {
                Slug = slug,
                Title = title,
                SocCode = code,
                DataSet = DataSetName,
                Source = Source,
                SourceReference = $"BLS OEWS {OfficialSources.May(wagesYear)} (industry sectors {OfficialSources.Industries.Vintage}), Employment Projections {OfficialSources.Projections.Vintage}, CPS {OfficialFiles.CpsYear}; {OfficialSources.Onet.Name}",
                WagesYear = wagesYear,
                Category = onet.CategoryFor(candidates) ?? string.Empty,
            };

            ReadWages(row, occupation, OfficialFiles.TopCode(wagesYear));
            occupation.WageHistory = OewsHistoryReader.Read(releases, code, occupation.WageBasis == WageBasis.HourlyOnly);
            // The change over a year is from the release before the occupation's own (May 2023 to May 2024 for one BLS no
            // longer publishes), as its label and source say.
            if (releases.Detailed(wagesYear - 1).TryGetValue(code, out var before))
            {
                occupation.PreviousMeanYearly = Whole(Cell.Number(before, "A_MEAN", "*", "#"));
                occupation.PreviousMedianYearly = Whole(Cell.Number(before, "A_MEDIAN", "*", "#"));
                occupation.PreviousMeanHourlyCents = Cents(Cell.Number(before, "H_MEAN", "*", "#"));
                occupation.PreviousMedianHourlyCents = Cents(Cell.Number(before, "H_MEDIAN", "*", "#"));
                occupation.PreviousNumberOfJobs = Whole(Cell.Number(before, "TOT_EMP", "**", "*"));
            }

            if (may2023.TryGetValue(code, out var of2023))
            {
                // The state means' own year: what each state's mean is set against.
                occupation.Mean2023Yearly = Whole(Cell.Number(of2023, "A_MEAN", "*", "#"));
                occupation.Mean2023HourlyCents = Cents(Cell.Number(of2023, "H_MEAN", "*", "#"));
            }

            if (stateRows.TryGetValue(code, out var means))
            {
                occupation.StateWages = means.Select(m => m.Wage).ToList();
            }

            if (states.TryGetValue(code, out var state))
            {
                occupation.HighestPayingState = state.Area;
                occupation.HighestPayingStateWage = state.Wage;
                occupation.StatesTopCoded = state.TopCoded.Count == 0 ? null : string.Join(", ", state.TopCoded);
            }

            if (projections.TryGetValue(code, out var projection))
            {
                ReadProjection(projection, occupation);
            }

            if (sectors.TryGetValue(code, out var industries))
            {
                occupation.Industries = industries;
            }

            if (handbookAddresses.TryGetValue(code, out var page))
            {
                HandbookPages.Fill(occupation, handbook[HandbookPages.FileOf(page.Address)]);
            }

            demographics.Fill(code, occupation);
            onet.Fill(candidates, occupation);
            aiExposure.Fill(code, onet.TasksOf(occupation.TasksOnetCode), occupation);
            result.Add(new ImportedOccupation(occupation, onet.RelatedSocCodes(candidates, code)));
        }

        AssignMissingCategories(result.Select(r => r.Occupation).ToList(), majorGroups);
        AiExposureIndex.Rank(result.Select(r => r.Occupation).ToList());
        HandbookPages.NameSharedPages(result.Select(r => r.Occupation).ToList());
        Done("Joined the files by SOC code", result.Count, "occupations");
        var moves = SkillSimilarity.MovesThatPayMore(result.Select(r => r.Occupation).ToList());
        foreach (var imported in result)
        {
            imported.MovesThatPayMore = moves.GetValueOrDefault(imported.Occupation.SocCode!, []);
        }

        Done("Found the moves that pay more, by skills", moves.Values.Sum(m => m.Count), "moves");

        return new ImportedCatalogue(result, areas, onet.Anchors, onet.InterestAreas);
    }

    /// <summary>
    /// Occupations the Handbook does not cover take the group most common among their SOC minor group
    /// (e.g. 29-1xxx), then their major group, so the site has one set of categories; else the SOC major group.
    /// </summary>
    private static void AssignMissingCategories(List<Occupation> occupations, Dictionary<string, string> majorGroups)
    {
        string? MostCommon(Func<Occupation, bool> peer) => occupations
            .Where(o => o.Category.Length > 0 && peer(o))
            .GroupBy(o => o.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

        foreach (var occupation in occupations.Where(o => o.Category.Length == 0).ToList())
        {
            var code = occupation.SocCode!;
            occupation.Category = MostCommon(o => o.SocCode![..4] == code[..4])
                ?? MostCommon(o => o.SocCode![..2] == code[..2])
                ?? MajorGroupName(majorGroups, code);
        }
    }

    private const string ProjCode = "2024 National Employment Matrix code";
    private const string ProjType = "Occupation type";
    private const string ProjEmp2024 = "Employment, 2024";
    private const string ProjEmp2034 = "Employment, 2034";
    private const string ProjChange = "Employment change, numeric, 2024–34";
    private const string ProjChangePercent = "Employment change, percent, 2024–34";
    private const string ProjOpenings = "Occupational openings, 2024–34 annual average";
    private const string ProjEducation = "Typical education needed for entry";
    private const string ProjExperience = "Work experience in a related occupation";
    private const string ProjTraining = "Typical on-the-job training needed to attain competency in the occupation";

    private static void ReadWages(DataRow row, Occupation occupation, (int Annual, int HourlyCents) topCode)
    {
        var annualOnly = row["ANNUAL"].Equals("TRUE", StringComparison.OrdinalIgnoreCase);
        var hourlyOnly = row["HOURLY"].Equals("TRUE", StringComparison.OrdinalIgnoreCase);
        occupation.WageBasis = annualOnly ? WageBasis.AnnualOnly : hourlyOnly ? WageBasis.HourlyOnly : WageBasis.Both;
        occupation.NumberOfJobs = Whole(Cell.Number(row, "TOT_EMP", "**", "*"));

        (WageMeasure Measure, string Suffix)[] measures =
        [
            (WageMeasure.Percentile10, "PCT10"), (WageMeasure.Percentile25, "PCT25"), (WageMeasure.Median, "MEDIAN"),
            (WageMeasure.Mean, "MEAN"), (WageMeasure.Percentile75, "PCT75"), (WageMeasure.Percentile90, "PCT90"),
        ];
        foreach (var (measure, suffix) in measures)
        {
            occupation.Wages.Add(Wage(row, "A_" + suffix, WagePeriod.Annual, measure, topCode));
            occupation.Wages.Add(Wage(row, "H_" + suffix, WagePeriod.Hourly, measure, topCode));
        }

        var mean = occupation.Wages.Single(w => w is { Period: WagePeriod.Annual, Measure: WageMeasure.Mean });
        var median = occupation.Wages.Single(w => w is { Period: WagePeriod.Annual, Measure: WageMeasure.Median });
        occupation.YearlySalary = mean.Status == FigureStatus.Published ? mean.Amount : null;
        occupation.MedianYearlySalary = median.Amount;
        occupation.MedianYearlyTopCoded = median.Status == FigureStatus.TopCoded;
        occupation.HourlyRateCents = occupation.Wages.Single(w => w is { Period: WagePeriod.Hourly, Measure: WageMeasure.Mean }).Amount;
        occupation.MedianHourlyCents = occupation.Wages.Single(w => w is { Period: WagePeriod.Hourly, Measure: WageMeasure.Median }).Amount;
        occupation.SalaryRangeLow = occupation.Wages.Single(w => w is { Period: WagePeriod.Annual, Measure: WageMeasure.Percentile10 }).Amount;
        var p90 = occupation.Wages.Single(w => w is { Period: WagePeriod.Annual, Measure: WageMeasure.Percentile90 });
        occupation.SalaryRangeHigh = p90.Amount;
        occupation.SalaryRangeHighTopCoded = p90.Status == FigureStatus.TopCoded;
    }

    /// <summary>One wage cell: "#" is its year's top code ("or more"), "*" not published, else the published number.</summary>
    internal static WageFigure Wage(DataRow row, string column, WagePeriod period, WageMeasure measure, (int Annual, int HourlyCents) topCode)
    {
        if (row[column] == "#")
        {
            return new WageFigure(period, measure, period == WagePeriod.Annual ? topCode.Annual : topCode.HourlyCents, FigureStatus.TopCoded);
        }

        var number = Cell.Number(row, column, "*", "**");
        return new WageFigure(period, measure, period == WagePeriod.Annual ? Whole(number) : Cents(number),
            number is null ? FigureStatus.NotPublished : FigureStatus.Published);
    }

    private static void ReadProjection(DataRow row, Occupation occupation)
    {
        // Employment Projections give jobs in thousands, "—" where a figure does not apply.
        occupation.ProjectedEmployment2024 = Thousands(Cell.Number(row, ProjEmp2024, "—"));
        occupation.ProjectedEmployment2034 = Thousands(Cell.Number(row, ProjEmp2034, "—"));
        occupation.ProjectedChangeNumeric = Thousands(Cell.Number(row, ProjChange, "—"));
        occupation.GrowthRatePercent = Cell.Number(row, ProjChangePercent, "—");
        occupation.AnnualOpenings = Thousands(Cell.Number(row, ProjOpenings, "—"));
        occupation.TypicalEntryEducation = Text(row[ProjEducation]);
        occupation.WorkExperience = Text(row[ProjExperience]);
        occupation.OnTheJobTraining = Text(row[ProjTraining]);
    }

    /// <summary>One row of the state file: the area's name, as the file writes it, and the occupation's means there.</summary>
    private sealed record StateRow(string Area, DataRow Row, StateWage Wage);

    /// <summary>
    /// The areas of the OEWS state file with their 2023 price parities (BEA; none for the territories), and each
    /// occupation's state means with their markers: "#" the top code, "*" not published. The all-occupations row
    /// (00-0000) is each area's reference mean; only detailed codes are kept.
    /// </summary>
    private static (List<UsState> Areas, Dictionary<string, List<StateRow>> Rows) ReadStates(string directory)
    {
        var parities = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var year = OfficialFiles.PricesYear.ToString(CultureInfo.InvariantCulture);
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.PriceParities, ["GeoName", "LineCode", year], notesBelow: true))
        {
            if (row["LineCode"] != "5" || row["GeoName"] == "United States")
            {
                continue;
            }

            var area = StateAreas.Find(row["GeoName"]) ?? throw row.Error("GeoName", "not a state or the District of Columbia");
            parities[area.Name] = Cell.Number(row, year) is { } p and > 0 ? p : throw row.Error(year, "not a price parity");
        }

        if (parities.Count == 0)
        {
            throw new SeedDataException($"{OfficialFiles.PriceParities}: no price parities (LineCode 5, all items).");
        }

        var areas = new Dictionary<string, UsState>(StringComparer.OrdinalIgnoreCase);
        var rows = new Dictionary<string, List<StateRow>>(StringComparer.Ordinal);
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.OewsStates2023, ["AREA_TITLE", "OCC_CODE", "H_MEAN", "A_MEAN"], ';'))
        {
            var found = StateAreas.Find(row["AREA_TITLE"]) ?? throw row.Error("AREA_TITLE", "not a state, the District of Columbia or a territory");
            if (!areas.TryGetValue(found.Name, out var area))
            {
                area = new UsState
                {
                    Code = found.Code, Name = found.Name, Slug = Slug.FromTitle(found.Name), Fips = found.Fips,
                    PriceParity = parities.TryGetValue(found.Name, out var parity) ? parity : null,
                };
                areas.Add(found.Name, area);
            }

            var (yearly, yearlyStatus) = StateMean(row, "A_MEAN", OfficialFiles.TopCodeAnnual, Whole);
            var (hourly, hourlyStatus) = StateMean(row, "H_MEAN", OfficialFiles.TopCodeHourlyCents, Cents);
            var code = row["OCC_CODE"];
            if (code == "00-0000")
            {
                area.AllOccupationsMeanYearly = yearly;
                continue;
            }

            if (!SocCode().IsMatch(code))
            {
                throw row.Error("OCC_CODE", "not a SOC code like 11-9111");
            }

            if (!rows.TryGetValue(code, out var list))
            {
                rows[code] = list = [];
            }

            list.Add(new StateRow(found.Name, row, new StateWage
            {
                StateCode = found.Code, MeanYearly = yearly, MeanYearlyStatus = yearlyStatus, MeanHourlyCents = hourly, MeanHourlyStatus = hourlyStatus,
            }));
        }

        var missing = parities.Keys.Where(name => !areas.ContainsKey(name)).ToList();
        return missing.Count > 0
            ? throw new SeedDataException($"{OfficialFiles.OewsStates2023}: no rows for {string.Join(", ", missing)}, which {OfficialFiles.PriceParities} prices.")
            : (areas.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(), rows);
    }

    private static (int? Amount, FigureStatus Status) StateMean(DataRow row, string column, int topCode, Func<double?, int?> unit) =>
        row[column] == "#" ? (topCode, FigureStatus.TopCoded)
        : unit(Cell.Number(row, column, "*", "**")) is { } amount ? (amount, FigureStatus.Published)
        : (null, FigureStatus.NotPublished);

    /// <summary>
    /// The highest published state mean of each occupation, and the states whose mean is top-coded ("#"). A "#" mean
    /// is $239,200 (or $115.00) or more, so it cannot be ranked: the state named is only the highest published one.
    /// </summary>
    private static Dictionary<string, (string? Area, int? Wage, List<string> TopCoded)> HighestPayingStates(Dictionary<string, List<StateRow>> rows)
    {
        var best = new Dictionary<string, (string? Area, int? Wage, bool Annual, List<string> TopCoded)>(StringComparer.Ordinal);
        foreach (var (area, row, _) in rows.Values.SelectMany(r => r))
        {
            var code = row["OCC_CODE"];
            if (!best.TryGetValue(code, out var current))
            {
                current = (null, null, false, []);
            }

            // A yearly mean of "#" is top-coded; so is an hourly one where no yearly mean is released (hourly-only).
            if (row["A_MEAN"] == "#" || (row["A_MEAN"] == "*" && row["H_MEAN"] == "#"))
            {
                current.TopCoded.Add(row["AREA_TITLE"]);
                best[code] = current;
                continue;
            }

            var annual = Whole(Cell.Number(row, "A_MEAN", "*"));
            var hourly = Cents(Cell.Number(row, "H_MEAN", "*", "#"));
            // Rank by the annual mean; occupations with only hourly wages by the hourly mean.
            if (annual is { } a && (current.Wage is null || !current.Annual || a > current.Wage))
            {
                current = (area, a, true, current.TopCoded);
            }
            else if (annual is null && hourly is { } h && (current.Wage is null || (!current.Annual && h > current.Wage)))
            {
                current = (area, h, false, current.TopCoded);
            }

            best[code] = current;
        }

        return best.Where(p => p.Value.Area is not null || p.Value.TopCoded.Count > 0)
            .ToDictionary(p => p.Key, p => (p.Value.Area, p.Value.Wage, p.Value.TopCoded));
    }

    private static string MajorGroupName(Dictionary<string, string> majorGroups, string code) =>
        majorGroups.TryGetValue(code[..2], out var title) ? title.Replace(" Occupations", string.Empty, StringComparison.Ordinal) : "Other";

    internal static string? Text(string value) => value.Length == 0 || value == "—" ? null : value;

    internal static int? Whole(double? value) => value is { } v ? (int)Math.Round(v, MidpointRounding.AwayFromZero) : null;

    internal static int? Cents(double? value) => value is { } v ? (int)Math.Round(v * 100, MidpointRounding.AwayFromZero) : null;

    internal static int? Thousands(double? value) => value is { } v ? (int)Math.Round(v * 1000, MidpointRounding.AwayFromZero) : null;

    [GeneratedRegex("^[0-9]{2}-[0-9]{4}$")]
    internal static partial Regex SocCode();
}
