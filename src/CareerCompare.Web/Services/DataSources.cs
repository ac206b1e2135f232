using System.Globalization;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Services;

/// <summary>
/// Every data set the site uses, with its publisher, release, address, licence and the citation its publisher asks
/// for: the sources page. Releases come from <see cref="OfficialSources"/>; the licence and notice texts that must
/// travel with a data set are read from the files kept beside it in seed-data/, word for word.
/// </summary>
public sealed class DataSources(IOptions<SeedDataOptions> options, SiteUrls urls)
{
    private const string PublicDomain = "Public domain (a work of the U.S. government)";
    private const string BlsCopyright = "https://www.bls.gov/opub/copyright-information.htm";
    private const string CcBy = "CC BY 4.0";
    private const string CcByAddress = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>O*NET's attribution, as the O*NET Center asks it to be written (also in every page's footer).</summary>
    public static string OnetAttribution =>
        $"This site incorporates information from {OfficialSources.Onet.Name} Database by the U.S. Department of Labor, Employment and Training "
        + "Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";

    public SourcesViewModel Page()
    {
        var directory = options.Value.ResolveDirectory();
        string? Read(string name) => File.Exists(Path.Combine(directory, name)) ? File.ReadAllText(Path.Combine(directory, name)).Trim() : null;
        var gptsYear = AiExposureFiles.GptsYear.ToString(CultureInfo.InvariantCulture);
        var wwaiYear = AiExposureFiles.WorkingWithAiYear.ToString(CultureInfo.InvariantCulture);
        List<DataSource> sources =
        [
            new("oews", "Occupational Employment and Wage Statistics (OEWS)", "U.S. Bureau of Labor Statistics",
                $"national {OfficialSources.History.Vintage}; states {OfficialSources.States.Vintage}; industry sectors {OfficialSources.Industries.Vintage}",
                "https://www.bls.gov/oes/", PublicDomain, BlsCopyright,
                $"Bureau of Labor Statistics, U.S. Department of Labor, Occupational Employment and Wage Statistics, {OfficialSources.Wages.Vintage}, https://www.bls.gov/oes/.",
                "jobs and the wage distribution of each occupation, nationally, by state and by industry sector, and their history"),
            new("projections", "Employment Projections", "U.S. Bureau of Labor Statistics", OfficialSources.Projections.Vintage,
                "https://www.bls.gov/emp/", PublicDomain, BlsCopyright,
                $"Bureau of Labor Statistics, U.S. Department of Labor, Employment Projections, {OfficialSources.Projections.Vintage}, https://www.bls.gov/emp/.",
                "projected growth, openings, and the education, experience and training typical for entry; the crosswalk of O*NET to SOC codes and the Handbook's groups"),
            new("cps", "Current Population Survey", "U.S. Bureau of Labor Statistics", OfficialSources.Demographics.Vintage,
                "https://www.bls.gov/cps/", PublicDomain, BlsCopyright,
                $"Bureau of Labor Statistics, U.S. Department of Labor, Current Population Survey, {OfficialSources.Demographics.Vintage}, https://www.bls.gov/cps/.",
                "who does the work (women, race and ethnicity, median age) and weekly earnings by sex"),
            new("census", "2018 Census Occupation Code List", "U.S. Census Bureau", "2018 classification",
                "https://www.census.gov/topics/employment/industry-occupation/guidance/code-lists.html", PublicDomain, null,
                "U.S. Census Bureau, 2018 Census Occupation Code List.", "the bridge from the survey's occupations to SOC codes"),
            new("rpp", "Regional Price Parities by state", "U.S. Bureau of Economic Analysis", OfficialSources.Prices.Vintage,
                "https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area", PublicDomain, null,
                $"U.S. Bureau of Economic Analysis, Regional Price Parities by State, {OfficialSources.Prices.Vintage}.",
                "what a state's mean wage buys at national prices"),
            new("onet", "O*NET Database", "National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration",
                $"{OfficialSources.Onet.Name}, {OfficialSources.Onet.Vintage}", "https://www.onetcenter.org/database.html", CcBy, CcByAddress,
                OnetAttribution, "descriptions, tasks, skills, knowledge, technologies, education, job zones, interests, related occupations and other names for each job"),
            new("gpts-are-gpts", "“GPTs are GPTs: Labor market impact potential of LLMs”", "Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock",
                $"{OfficialSources.GptsAreGpts.Vintage}; data from the authors' repository", AiExposureFiles.GptsData, "MIT License", "https://opensource.org/license/mit",
                $"Eloundou, T., Manning, S., Mishkin, P. and Rock, D. GPTs are GPTs: Labor market impact potential of LLMs. Science, {gptsYear}. {AiExposureFiles.GptsAddress}.",
                "each occupation's share of tasks exposed to language models, rated by people and by GPT-4, and each task's people-rated label",
                Read(AiExposureFiles.GptsLicence)),
            new("working-with-ai", "“Working with AI: Measuring the Applicability of Generative AI to Occupations”",
                "Kiran Tomlinson, Sonia Jaffe, Will Wang, Scott Counts and Siddharth Suri (Microsoft Research)",
                $"{OfficialSources.WorkingWithAi.Vintage}; data from the authors' repository", AiExposureFiles.WorkingWithAiAddress, CcBy, CcByAddress,
                $"Kiran Tomlinson, Sonia Jaffe, Will Wang, Scott Counts, and Siddharth Suri. Working with AI: Measuring the Applicability of Generative AI to Occupations. arXiv, {wwaiYear}. {AiExposureFiles.WorkingWithAiAddress}. "
                + "Changed by this site: scores shown as percentiles among the occupations rated, and each work activity's part of the score worked out from the published files.",
                "each occupation's AI applicability score and the work activities that add most to it",
                Read(AiExposureFiles.WorkingWithAiNotice)),
            new("careers-site", "“Patient relations director vs patient account manager”", "Zippia (a careers site)", FigureSourceUndated,
                "https://www.zippia.com/", "Quoted for comparison; figures kept exactly as printed", null,
                "Zippia, “Patient relations director vs patient account manager”.",
                "the two careers-site occupations and their estimates, labelled as such and never mixed with official figures"),
        ];
        return new SourcesViewModel(sources, new PageMeta("Sources and licences",
            "Every data set CareerCompare uses: publisher, release, address, licence and the citation each publisher asks for.",
            urls.Action("Index", "Sources")));
    }

    private const string FigureSourceUndated = Formatting.FigureSource.Undated;
}
