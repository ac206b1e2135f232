using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Data.Import;

/// <summary>The official files the importer reads, relative to seed-data/, and what their figures are called on the site.</summary>
public static class OfficialFiles
{
    public const string Oews2024 = "bls-oews/national_M2024_dl.csv";
    public const string Oews2023 = "bls-oews/national_M2023_dl.csv";
    public const string OewsStates2023 = "bls-oews/state_M2023_dl.columns-subset.csv";
    public const string PriceParities = "bea-rpp/SARPP_STATE_2008_2023.csv";
    public const string Projections = "bls-ep/occupation_table_1_2.from-xlsx.csv";
    public const string CpsTable11 = "bls-cps/cpsaat11_2025.csv";
    public const string CpsTable11b = "bls-cps/cpsaat11b.from-xlsx.csv";
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

    public static IReadOnlyList<string> All { get; } =
    [
        Oews2024, Oews2023, OewsStates2023, PriceParities, Projections, CpsTable11, CpsTable11b, CensusCodes, Crosswalk, OnetOccupations, OnetTasks,
        OnetSkills, OnetKnowledge, OnetLevelAnchors, OnetTechnology, OnetEducation, OnetEducationCategories, OnetInterests, OnetInterestKeywords, OnetInterestActivities, OnetJobZones, OnetRelated, OnetAlternateTitles, OnetReportedTitles,
    ];

    public static readonly string WagesSource = OfficialSources.Wages.ToString();
    public static readonly string WageChangeSource = OfficialSources.WageChange.ToString();
    public static readonly string StateSource = OfficialSources.States.ToString();
    public static readonly string PricesSource = OfficialSources.Prices.ToString();
    public static readonly string ProjectionsSource = OfficialSources.Projections.ToString();
    public static readonly string DemographicsSource = OfficialSources.Demographics.ToString();
    public static readonly string OnetSource = OfficialSources.Onet.ToString();

    /// <summary>The day BLS released the May 2024 OEWS estimates (news release USDL-25-0451, April 2, 2025): when the wage figures were last reviewed.</summary>
    public static readonly DateOnly WagesReleased = new(2025, 4, 2);

    /// <summary>
    /// The projected change in employment of all occupations, 2024–34, in percent: the total row (00-0000) of the
    /// Employment Projections table 1.2 (<see cref="Projections"/>), the average BLS's outlook words compare with.
    /// </summary>
    public const double AllOccupationsGrowthPercent = 3.1;

    /// <summary>
    /// The median yearly wage of all occupations, BLS OEWS May 2024, as the total row (00-0000) of the Employment
    /// Projections table 1.2 gives it (<see cref="Projections"/>; the site's wage extract has no total row): drawn beside an
    /// occupation's wages for reference.
    /// </summary>
    public const int AllOccupationsMedianYearly = 49_500;

    /// <summary>OEWS May 2024 top codes: "#" means this much or more.</summary>
    public const int TopCodeAnnual = 239_200;
    public const int TopCodeHourlyCents = 11_500;
}

/// <summary>Who publishes each official figure and which release it is; the pages write them "BLS OEWS, May 2024".</summary>
public static class OfficialSources
{
    public static readonly FigureSource Wages = new("BLS OEWS", "May 2024");
    public static readonly FigureSource WageChange = new("BLS OEWS", "May 2023 and May 2024");
    public static readonly FigureSource States = new("BLS OEWS state data", "May 2023");
    public static readonly FigureSource Wages2023 = new("BLS OEWS", "May 2023");
    public static readonly FigureSource Prices = new("BEA Regional Price Parities", "2023");
    public static readonly FigureSource StatesAfterPrices = new("BLS OEWS state data, adjusted by BEA Regional Price Parities", "May 2023; RPP 2023");
    public static readonly FigureSource Projections = new("BLS Employment Projections", "2024–34");
    public static readonly FigureSource Demographics = new("BLS Current Population Survey", "2025 annual averages");
    public static readonly FigureSource Onet = new("O*NET 29.3", "May 2025");
}
