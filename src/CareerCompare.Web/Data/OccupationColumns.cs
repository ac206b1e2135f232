using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data;

/// <summary>
/// What is stored of an occupation and read by its pages, declared once: the entity (<see cref="Occupation"/>) maps
/// these members to the Occupations table, and what pages read (<see cref="OccupationDetails"/>) is projected from
/// them member by member (<see cref="OccupationDetails.Projection"/>). Every figure is nullable: null means the
/// source did not give it ("-" in the seed document), and the site shows it as unknown, never as zero.
/// </summary>
public abstract class OccupationColumns
{
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Category { get; set; }
    public string? Description { get; set; }

    /// <summary>Which import owns this record (e.g. "seed-document"); an import only replaces its own records.</summary>
    public required string DataSet { get; set; }

    /// <summary>Who produced the figures, e.g. "careers-site estimate, from the seed document".</summary>
    public required string Source { get; set; }

    /// <summary>The document or release the figures were taken from.</summary>
    public string? SourceReference { get; set; }

    // Money is kept in whole units so SQLite can filter and sort on it: dollars a year, cents an hour.
    public int? YearlySalary { get; set; }
    public int? HourlyRateCents { get; set; }
    public int? SalaryRangeLow { get; set; }
    public int? SalaryRangeHigh { get; set; }

    /// <summary>Official: the 90th percentile (the range's high end) is at or above the top code.</summary>
    public bool SalaryRangeHighTopCoded { get; set; }

    /// <summary>Careers site: its growth rate. Official: projected employment change 2024–34, in percent.</summary>
    public double? GrowthRatePercent { get; set; }
    public int? NumberOfJobs { get; set; }
    public double? JobSatisfaction { get; set; }

    public string? MostCommonDegree { get; set; }
    public int? MostCommonDegreePercent { get; set; }
    public string? MostCommonMajor { get; set; }
    public string? MostCommonCollege { get; set; }
    public int? YearsToBecomeMin { get; set; }
    public int? YearsToBecomeMax { get; set; }
    public int? YearsOfExperience { get; set; }

    public string? HighestPayingCity { get; set; }
    public string? HighestPayingState { get; set; }
    public string? BestPayingCompany { get; set; }
    public string? BestPayingIndustry { get; set; }

    public int? AverageAge { get; set; }
    public int? LgbtPercent { get; set; }

    // Official figures (BLS and O*NET). Null on the careers site's occupations.

    /// <summary>2018 SOC code, e.g. "11-9111".</summary>
    public string? SocCode { get; set; }

    /// <summary>The O*NET-SOC code whose description, tasks and skills are shown, e.g. "11-9111.00".</summary>
    public string? OnetCode { get; set; }

    /// <summary>For the careers site's occupations: the SOC code of the nearest official occupation (a judgement call).</summary>
    public string? NearestOfficialSocCode { get; set; }

    /// <summary>Which wages BLS releases: both, annual only (teachers, pilots…) or hourly only (actors, dancers…).</summary>
    public WageBasis WageBasis { get; set; }

    /// <summary>Median annual wage in dollars; when top-coded this holds the top code and <see cref="MedianYearlyTopCoded"/> is set.</summary>
    public int? MedianYearlySalary { get; set; }
    public bool MedianYearlyTopCoded { get; set; }
    public int? MedianHourlyCents { get; set; }

    /// <summary>
    /// The OEWS release of the national wage and employment figures (2025): the current one, or for an occupation the
    /// current release no longer publishes (11-1031 Legislators) the last that did, whose figures it keeps.
    /// </summary>
    public int? WagesYear { get; set; }

    /// <summary>The national mean of May 2023 (yearly; hourly in cents), the year of the state means, which are set against it.</summary>
    public int? Mean2023Yearly { get; set; }
    public int? Mean2023HourlyCents { get; set; }

    /// <summary>The previous release's (May 2024) national mean and median wages (hourly in cents), jobs: the "change since" year.</summary>
    public int? PreviousMeanYearly { get; set; }
    public int? PreviousMedianYearly { get; set; }
    public int? PreviousMeanHourlyCents { get; set; }
    public int? PreviousMedianHourlyCents { get; set; }
    public int? PreviousNumberOfJobs { get; set; }

    public int? ProjectedEmployment2024 { get; set; }
    public int? ProjectedEmployment2034 { get; set; }
    public int? ProjectedChangeNumeric { get; set; }
    public int? AnnualOpenings { get; set; }
    public string? TypicalEntryEducation { get; set; }
    public string? WorkExperience { get; set; }
    public string? OnTheJobTraining { get; set; }
    public int? JobZone { get; set; }

    public double? MedianAge { get; set; }

    /// <summary>The CPS row the demographics come from, and whether other occupations share it.</summary>
    public string? DemographicsSourceRow { get; set; }
    public bool DemographicsRowShared { get; set; }

    /// <summary>
    /// How the CPS row was chosen when no row matches the code by the Census list's four rules (a merged code such as
    /// 13-1020): the rule and the candidate rows, written for the page ("the largest published of: …").
    /// </summary>
    public string? DemographicsRowChoice { get; set; }

    /// <summary>
    /// Mean annual wage in the highest-paying state whose mean is published (May 2023), or hourly in cents for
    /// hourly-only occupations. Where <see cref="StatesTopCoded"/> is set, a top-coded state may pay more.
    /// </summary>
    public int? HighestPayingStateWage { get; set; }

    /// <summary>
    /// The states whose May 2023 mean is top-coded ("#", $239,200 / $115.00 or more), joined by ", "; null when
    /// none is. Any of them may be the highest-paying state: the ranking cannot be known.
    /// </summary>
    public string? StatesTopCoded { get; set; }

    /// <summary>
    /// The CPS Table 39 row (2025) the weekly earnings come from, the same survey group as the demographics; null where the
    /// table has none. Its medians are null where BLS does not publish them ("–": fewer than 50,000 workers in the group).
    /// </summary>
    public string? EarningsSourceRow { get; set; }

    /// <summary>Median weekly earnings of full-time wage and salary workers, all, men and women (CPS 2025 annual averages), in dollars.</summary>
    public int? MedianWeeklyEarnings { get; set; }
    public int? MenMedianWeeklyEarnings { get; set; }
    public int? WomenMedianWeeklyEarnings { get; set; }

    /// <summary>The O*NET title of <see cref="OnetCode"/> (whose description is shown).</summary>
    public string? OnetTitle { get; set; }

    // The O*NET occupation each kind of O*NET figure was taken from: the code + ".00", a crosswalk code or a child
    // code (Managers, All Other take their skills from 11-9199.01 Regulatory Affairs Managers).
    public string? SkillsOnetCode { get; set; }
    public string? SkillsOnetTitle { get; set; }
    public string? TasksOnetCode { get; set; }
    public string? TasksOnetTitle { get; set; }
    public string? EducationOnetCode { get; set; }
    public string? EducationOnetTitle { get; set; }
    public string? JobZoneOnetCode { get; set; }
    public string? JobZoneOnetTitle { get; set; }
    public string? KnowledgeOnetCode { get; set; }
    public string? KnowledgeOnetTitle { get; set; }
    public string? ToolsOnetCode { get; set; }

    /// <summary>How many technologies O*NET lists for the occupation; <see cref="Tools"/> keeps the most asked for.</summary>
    public int? ToolsListed { get; set; }
    public string? ToolsOnetTitle { get; set; }
    public string? InterestsOnetCode { get; set; }
    public string? InterestsOnetTitle { get; set; }

    /// <summary>
    /// O*NET's high-point code: the first letters of the occupation's one to three strongest interests, strongest first
    /// ("ICR": Investigative, Conventional, Realistic); null where O*NET gives none.
    /// </summary>
    public string? InterestCode { get; set; }

    // Exposure to AI from two published studies (Data/Import/AiExposure): each measure's raw value and its percentile
    // among the occupations the study rates on this site; null where the study does not rate the occupation.

    /// <summary>"GPTs are GPTs": the share of the job's tasks exposed to language models, E1 + ½·E2, as rated by people (β, 0–1).</summary>
    public double? GptsHumanBeta { get; set; }
    public double? GptsHumanBetaPercentile { get; set; }

    /// <summary>"GPTs are GPTs": the same share as rated by GPT-4 (β, 0–1).</summary>
    public double? GptsModelBeta { get; set; }
    public double? GptsModelBetaPercentile { get; set; }

    /// <summary>The study's O*NET-SOC codes whose ratings were averaged, weighted equally, where it rates only child codes; null where it rates the code's own row.</summary>
    public string? GptsCodesCombined { get; set; }

    /// <summary>"Working with AI": the AI applicability score (0–1).</summary>
    public double? AiApplicabilityScore { get; set; }
    public double? AiApplicabilityPercentile { get; set; }

    // The Occupational Outlook Handbook's page on the occupation (BLS), joined through the crosswalk's "OOH Profile
    // Website": its address and title as the page gives them, its edition (the projections' years its Quick Facts name,
    // "2024–34") and the sentence of "How to Become One" that says a licence is required, where one does.

    /// <summary>The Handbook page's address, from the page ("https://www.bls.gov/ooh/healthcare/registered-nurses.htm"); null without a page.</summary>
    public string? HandbookAddress { get; set; }

    /// <summary>The page's title ("Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners").</summary>
    public string? HandbookTitle { get; set; }

    /// <summary>The Handbook's edition, as its page's Quick Facts write the projections' years: "2024–34".</summary>
    public string? HandbookEdition { get; set; }

    /// <summary>The first sentence of the page's "How to Become One" that says, in words, that a licence is required; null where none does.</summary>
    public string? HandbookLicenceSentence { get; set; }

    // The rows that are only ever read with their occupation are stored in it, one JSON column each
    // (Configurations/JsonColumn), so a page reads an occupation's figures in one statement. Each list is in the order
    // pages show it.

    /// <summary>The national wage distribution (BLS OEWS, May 2025; the last published year where BLS no longer publishes it): each measure yearly and hourly.</summary>
    public List<WageFigure> Wages { get; set; } = [];

    /// <summary>
    /// The OEWS history since May 2019: a point for every year whose national file has the same detailed code, oldest
    /// first, the current release last (Data/Import/OewsHistoryReader).
    /// </summary>
    public List<WageHistoryPoint> WageHistory { get; set; } = [];

    /// <summary>
    /// Its employment and pay in each industry sector BLS publishes it in (OEWS national industry-sector estimates, May
    /// 2024), in the file's order of sectors (Data/Import/IndustrySectors).
    /// </summary>
    public List<IndustryPay> Industries { get; set; } = [];

    /// <summary>O*NET's education distribution, by category (1–12).</summary>
    public List<EducationShare> EducationLevels { get; set; } = [];

    /// <summary>O*NET's distribution of the related work experience the job requires, by category (1 = none … 11 = over 10 years).</summary>
    public List<EducationShare> ExperienceLevels { get; set; } = [];

    /// <summary>O*NET's distribution of the on-the-job training the job requires, by category (1 = none or a short demonstration … 9 = over 10 years).</summary>
    public List<EducationShare> TrainingLevels { get; set; } = [];

    /// <summary>O*NET's six interest scores (RIASEC, 1–7), in RIASEC order.</summary>
    public List<InterestScore> Interests { get; set; } = [];

    /// <summary>The most common skills, the most important first.</summary>
    public List<SkillShare> Skills { get; set; } = [];

    /// <summary>O*NET's importance and level of every skill it rates for the occupation, the most important first.</summary>
    public List<OnetRating> SkillRatings { get; set; } = [];

    /// <summary>O*NET's importance and level of every knowledge area it rates, the most important first.</summary>
    public List<OnetRating> KnowledgeRatings { get; set; } = [];

    /// <summary>O*NET Technology Skills: the software and technology the job uses, in-demand and hot ones first (at most 40).</summary>
    public List<TechnologyTool> Tools { get; set; } = [];

    /// <summary>Tasks (O*NET: core tasks first) or the careers site's responsibilities, in the source's order.</summary>
    public List<string> Responsibilities { get; set; } = [];

    /// <summary>Shares of workers by gender and by race or ethnicity, in the order the source lists the groups.</summary>
    public List<GroupShare> Gender { get; set; } = [];

    public List<GroupShare> Race { get; set; } = [];

    /// <summary>The job's O*NET tasks that "GPTs are GPTs" labels (people's label, E0/E1/E2), in the order of <see cref="Responsibilities"/>.</summary>
    public List<TaskExposure> TaskExposures { get; set; } = [];

    /// <summary>"Working with AI": the work activities that add most to the score, the most first.</summary>
    public List<AssistedActivity> AssistedActivities { get; set; } = [];

    /// <summary>
    /// The Handbook page's text: the Summary's lines and the tabs What They Do, Work Environment and How to Become One,
    /// paragraph by paragraph in the page's order (empty without a page).
    /// </summary>
    public List<HandbookPart> Handbook { get; set; } = [];

    /// <summary>The site's other occupations the same Handbook page describes, by title (empty where the page is the occupation's own).</summary>
    public List<string> HandbookAlsoCovers { get; set; } = [];
}
