using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Data.Import;

/// <summary>The official files the importer reads, relative to seed-data/, and what their figures are called on the site.</summary>
public static class OfficialFiles
{
    public const string Oews2025 = "bls-oews/national_M2025_dl.from-xlsx.csv";
    public const string Oews2024 = "bls-oews/national_M2024_dl.csv";
    public const string Oews2023 = "bls-oews/national_M2023_dl.csv";
    public const string OewsStates2023 = "bls-oews/state_M2023_dl.columns-subset.csv";
    public const string OewsSectors = "bls-oews/natsector_M2024_dl.from-xlsx.csv";
    public const string PriceParities = "bea-rpp/SARPP_STATE_2008_2023.csv";
    public const string Projections = "bls-ep/occupation_table_1_2.from-xlsx.csv";
    public const string CpsTable11 = "bls-cps/cpsaat11_2025.csv";
    public const string CpsTable11b = "bls-cps/cpsaat11b.from-xlsx.csv";
    public const string CpsTable39 = "bls-cps/cpsaat39_2025.from-xlsx.csv";
    public const string CensusCodes = "census/2018-census-occ-code-list.from-xlsx.csv";
    public const string Crosswalk = "crosswalks/nem-onet-to-soc-crosswalk.cp1252.csv";
    public const string OnetOccupations = "onet-29.3/Occupation Data.txt";
    public const string OnetTasks = "onet-29.3/Task Statements.txt";
    public const string OnetSkills = "onet-29.3/Skills.from-xlsx.tsv";
    public const string OnetKnowledge = "onet-29.3/Knowledge.from-xlsx.tsv";
    public const string OnetLevelAnchors = "onet-29.3/Level Scale Anchors.txt";
    public const string OnetTechnology = "onet-29.3/Technology Skills.txt";
    public const string OnetEducation = "onet-29.3/Education, Training, and Experience.from-xlsx.tsv";
    public const string OnetEducationCategories = "onet-29.3/Education, Training, and Experience Categories.txt";
    public const string OnetInterests = "onet-29.3/Interests.txt";
    public const string OnetInterestKeywords = "onet-29.3/RIASEC Keywords.txt";
    public const string OnetInterestActivities = "onet-29.3/Interests Illustrative Activities.txt";
    public const string OnetJobZones = "onet-29.3/Job Zones.txt";
    public const string OnetRelated = "onet-29.3/Related Occupations.txt";
    public const string OnetAlternateTitles = "onet-29.3/Alternate Titles.from-xlsx.tsv";
    public const string OnetReportedTitles = "onet-29.3/Sample of Reported Titles.txt";

    /// <summary>The Occupational Outlook Handbook's profile pages, one HTML file each, named by the address's last part (Data/Import/HandbookPages).</summary>
    public const string HandbookPages = "bls-ooh/html";

    /// <summary>
    /// The national OEWS releases the import reads where present, newest first: the newest is the current release, the
    /// one before it the "change since" year, and every one a year of the history. A new release is one more line.
    /// </summary>
    public static IReadOnlyList<(int Year, string Path)> OewsNational { get; } =
    [
        (2025, Oews2025), (2024, Oews2024), (2023, Oews2023),
        (2022, "bls-oews/history/national_M2022_dl.from-xlsx.csv"), (2021, "bls-oews/history/national_M2021_dl.from-xlsx.csv"),
        (2020, "bls-oews/history/national_M2020_dl.from-xlsx.csv"), (2019, "bls-oews/history/national_M2019_dl.from-xlsx.csv"),
    ];

    public static IReadOnlyList<string> All { get; } =
    [
        .. OewsNational.Select(f => f.Path), OewsStates2023, OewsSectors, PriceParities, Projections, CpsTable11, CpsTable11b, CpsTable39, CensusCodes, Crosswalk, OnetOccupations, OnetTasks,
        OnetSkills, OnetKnowledge, OnetLevelAnchors, OnetTechnology, OnetEducation, OnetEducationCategories, OnetInterests, OnetInterestKeywords, OnetInterestActivities, OnetJobZones, OnetRelated, OnetAlternateTitles, OnetReportedTitles,
        .. AiExposureFiles.All,
    ];

    public static readonly string WagesSource = OfficialSources.Wages.ToString();
    public static readonly string WageChangeSource = OfficialSources.WageChange.ToString();
    public static readonly string StateSource = OfficialSources.States.ToString();
    public static readonly string PricesSource = OfficialSources.Prices.ToString();
    public static readonly string ProjectionsSource = OfficialSources.Projections.ToString();
    public static readonly string DemographicsSource = OfficialSources.Demographics.ToString();
    public static readonly string OnetSource = OfficialSources.Onet.ToString();

    /// <summary>The OEWS release the site's national wage and employment figures come from.</summary>
    public const int CurrentWagesYear = 2025;

    /// <summary>
    /// The day BLS released the May 2025 OEWS estimates (May 15, 2026; later than the usual spring date, after the
    /// federal shutdown of October–November 2025): when the wage figures were last reviewed.
    /// </summary>
    public static readonly DateOnly WagesReleased = new(2026, 5, 15);

    /// <summary>The day BLS released one year's national estimates, where the site names it: May 2024 on April 2, 2025 (USDL-25-0451).</summary>
    public static DateOnly? ReleasedOn(int year) => year switch
    {
        CurrentWagesYear => WagesReleased,
        2024 => new DateOnly(2025, 4, 2),
        _ => null,
    };

    /// <summary>
    /// The projected change in employment of all occupations, 2024–34, in percent: the total row (00-0000) of the
    /// Employment Projections table 1.2 (<see cref="Projections"/>), the average BLS's outlook words compare with.
    /// </summary>
    public const double AllOccupationsGrowthPercent = 3.1;

    /// <summary>
    /// The median yearly wage of all occupations, BLS OEWS May 2025: the all-occupations row (00-0000) of
    /// <see cref="Oews2025"/>, drawn beside an occupation's wages for reference.
    /// </summary>
    public const int AllOccupationsMedianYearly = 50_980;

    /// <summary>
    /// The year of the industry-sector estimates (<see cref="OewsSectors"/>): May 2024, the newest by sector this site
    /// holds, a year older than the national figures; the pages say so and never set the two against each other.
    /// </summary>
    public const int SectorsYear = 2024;

    /// <summary>
    /// Median weekly earnings of all full-time wage and salary workers, all, men and women, in dollars: the total row of
    /// CPS Table 39, 2025 annual averages (<see cref="CpsTable39"/>), set beside an occupation's for reference.
    /// </summary>
    public const int AllWorkersMedianWeekly = 1_204;
    public const int AllMenMedianWeekly = 1_326;
    public const int AllWomenMedianWeekly = 1_089;

    /// <summary>Women's median weekly earnings as a share of men's among all full-time workers, in percent (82.1).</summary>
    public const double AllWomenShareOfMenPercent = AllWomenMedianWeekly * 100.0 / AllMenMedianWeekly;

    /// <summary>
    /// The year of the state file (<see cref="OewsStates2023"/>): May 2023, the newest state figures this site holds (BLS
    /// publishes state files every year, with medians and percentiles; the copy here keeps the means).
    /// </summary>
    public const int StatesYear = 2023;

    /// <summary>The Employment Projections' base year and the year they project to (2024–34).</summary>
    public const int ProjectionsFirstYear = 2024;
    public const int ProjectionsLastYear = 2034;

    /// <summary>The Current Population Survey's year (<see cref="CpsTable11"/>, <see cref="CpsTable39"/>): 2025 annual averages.</summary>
    public const int CpsYear = 2025;

    /// <summary>
    /// A month of <see cref="CpsYear"/> the survey did not collect (October 2025, in the federal shutdown), so its annual
    /// averages are of the other eleven; null for a year collected in full. A fact of that year's files: change it with
    /// <see cref="CpsYear"/>.
    /// </summary>
    public const string? CpsMonthNotCollected = "October";

    /// <summary>The year of the price levels (<see cref="PriceParities"/>): BEA's Regional Price Parities of 2023, the state file's year.</summary>
    public const int PricesYear = 2023;

    /// <summary>
    /// What the hybrid codes of the May 2019 and May 2020 national files combine: two editions of the classification,
    /// named by their years (a name, not a vintage), as the history's notes write it.
    /// </summary>
    public const string HybridClassifications = "SOC 2010 and 2018 combined";

    /// <summary>The first release with the higher top code below (May 2022); earlier releases used $208,000 and $100.00.</summary>
    public const int TopCodeRaisedYear = 2022;

    /// <summary>OEWS top codes since May 2022 (the state file of May 2023 too): "#" means this much or more.</summary>
    public const int TopCodeAnnual = 239_200;
    public const int TopCodeHourlyCents = 11_500;

    /// <summary>
    /// What "#" means in one year's national file, as its Field Descriptions say: $208,000 a year or $100.00 an hour
    /// from May 2019 to May 2021, $239,200 or $115.00 since May 2022. May 2025 has no "#" cells (its wages above the old
    /// top code are published as numbers) though its notes still define "#" as $239,200; a later file with "#" reads the same.
    /// </summary>
    public static (int Annual, int HourlyCents) TopCode(int year) => year < TopCodeRaisedYear ? (208_000, 10_000) : (TopCodeAnnual, TopCodeHourlyCents);
}

/// <summary>
/// Who publishes each official figure and which release it is; the pages write them "BLS OEWS, May 2025". The years come
/// from <see cref="OfficialFiles"/>: a label or a note names a year through these, never by typing it.
/// </summary>
public static class OfficialSources
{
    public static readonly FigureSource Wages = WagesOf(OfficialFiles.CurrentWagesYear);
    public static readonly FigureSource WageChange = ChangeOf(OfficialFiles.CurrentWagesYear);
    public static readonly FigureSource States = new("BLS OEWS state data", May(OfficialFiles.StatesYear));

    /// <summary>The national figures of the state file's year, what each state's mean is set against.</summary>
    public static readonly FigureSource Wages2023 = WagesOf(OfficialFiles.StatesYear);
    public static readonly FigureSource Prices = new("BEA Regional Price Parities", OfficialFiles.PricesYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly FigureSource StatesAfterPrices = new("BLS OEWS state data, adjusted by BEA Regional Price Parities", $"{May(OfficialFiles.StatesYear)}; RPP {Prices.Vintage}");
    public static readonly FigureSource Projections = new("BLS Employment Projections",
        $"{OfficialFiles.ProjectionsFirstYear}–{(OfficialFiles.ProjectionsLastYear % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)}");
    public static readonly FigureSource Demographics = new("BLS Current Population Survey", $"{OfficialFiles.CpsYear} annual averages");
    public static readonly FigureSource Industries = new("BLS OEWS industry-sector estimates", May(OfficialFiles.SectorsYear));
    public static readonly FigureSource EarningsBySex = new("BLS Current Population Survey, Table 39", Demographics.Vintage);
    public static readonly FigureSource Onet = new("O*NET 29.3", "May 2025");

    /// <summary>The two AI-exposure studies, named as their authors publish them; the year is the publication's (<see cref="AiExposureFiles"/>).</summary>
    public static readonly FigureSource GptsAreGpts = new(AiExposureFiles.GptsTitle, AiExposureFiles.GptsYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly FigureSource WorkingWithAi = new(AiExposureFiles.WorkingWithAiTitle, AiExposureFiles.WorkingWithAiYear.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The Occupational Outlook Handbook: its edition is read from each page (the projections' years its Quick Facts
    /// name, "2024–34"), never typed.
    /// </summary>
    public static FigureSource HandbookOf(string edition) => new("BLS Occupational Outlook Handbook", $"{edition} edition");

    /// <summary>One OEWS reference month as the pages write it: "May 2025". Every "May" and year of a label or a note is written here.</summary>
    public static string May(int year) => $"May {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>"since May 2021": the start of a change, as labels and values name it.</summary>
    public static string Since(int year) => "since " + May(year);

    /// <summary>The national figures of one OEWS release: "BLS OEWS, May 2025"; an occupation BLS no longer publishes keeps its last year's.</summary>
    public static FigureSource WagesOf(int year) => new("BLS OEWS", May(year));

    /// <summary>A history's years: "May 2019 to May 2025" (nominal dollars): from the oldest national release the import reads.</summary>
    public static readonly FigureSource History = HistoryOf(OfficialFiles.OewsNational.Min(f => f.Year), OfficialFiles.CurrentWagesYear);

    public static FigureSource HistoryOf(int first, int last) => new("BLS OEWS", $"{May(first)} to {May(last)}");

    /// <summary>The change between one release and the year before it: "May 2024 and May 2025".</summary>
    public static FigureSource ChangeOf(int year) => new("BLS OEWS", $"{May(year - 1)} and {May(year)}");
}
