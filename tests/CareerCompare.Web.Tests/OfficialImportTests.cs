using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Tests;

/// <summary>The importer on an extract of the real files (TestData/README.md says what each occupation exercises).</summary>
public sealed class OfficialImportTests : IDisposable
{
    private readonly CareerCompareFactory factory = new();
    private readonly string data;

    public OfficialImportTests()
    {
        data = CopyExtract();
        factory.SeedDirectory = data;
        _ = factory.Server; // start the site: migrate and import the extract
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Import_Extract_CreatesEveryDetailedOccupationOnce()
    {
        var occupations = await QueryAsync(db => db.Occupations.Where(o => o.DataSet == "official").OrderBy(o => o.SocCode).Select(o => o.SocCode).ToListAsync());

        // 11-1031 Legislators is not in May 2025: it stays, with its May 2024 figures.
        Assert.Equal(["11-1031", "11-2011", "11-2021", "11-9111", "11-9199", "13-1020", "25-1011", "25-1021", "27-2011", "29-1024", "29-1141", "29-1211"], occupations);
    }

    [Fact]
    public async Task Import_May2024Alone_TheOldLayout_StillImportsAndKeepsTheTopCodeAndSaysSo()
    {
        // A folder laid out as before May 2025: May 2024 is the current release, May 2023 the "change since" year.
        var old = CopyExtract();
        foreach (var (year, path) in OfficialFiles.OewsNational.Where(f => f.Year is not (2024 or 2023)))
        {
            File.Delete(Path.Combine(old, path));
        }

        Assert.Equal(ImportOutcome.Imported, await ImportAsync(old));

        var anesthesiologists = await OccupationAsync("29-1211");
        Assert.Equal(2024, anesthesiologists.WagesYear);
        var median = anesthesiologists.Wages.Single(w => w is { Period: WagePeriod.Annual, Measure: WageMeasure.Median });
        Assert.Equal((239_200, FigureStatus.TopCoded), (median.Amount!.Value, median.Status));
        Assert.True(anesthesiologists.MedianYearlyTopCoded);
        var hourly = anesthesiologists.Wages.Single(w => w is { Period: WagePeriod.Hourly, Measure: WageMeasure.Percentile90 });
        Assert.Equal((11_500, FigureStatus.TopCoded), (hourly.Amount!.Value, hourly.Status));
        Assert.Equal(2050, (await OccupationAsync("27-2011")).PreviousMedianHourlyCents); // actors' May 2023 H_MEDIAN, 20.50
        Assert.Equal(2024, (await OccupationAsync("11-1031")).WagesYear); // in May 2024, so current there

        var page = await factory.CreateClient().GetDocumentAsync("/occupations/anesthesiologists");
        Assert.Equal("$239,200 or more", page.Find("#wage-table tr[data-row='Median'] td").Folded());
        Assert.Contains("BLS OEWS, May 2024", page.Find("#wage-table caption").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_May2025_PublishesWagesAboveTheOldTopCodeAsNumbers()
    {
        var anesthesiologists = await OccupationAsync("29-1211");

        // May 2025: 391,490 (A_MEDIAN); "#" in May 2024.
        Assert.Equal(2025, anesthesiologists.WagesYear);
        var median = anesthesiologists.Wages.Single(w => w is { Period: WagePeriod.Annual, Measure: WageMeasure.Median });
        Assert.Equal((391_490, FigureStatus.Published), (median.Amount!.Value, median.Status));
        Assert.False(anesthesiologists.MedianYearlyTopCoded);
        Assert.Null(anesthesiologists.PreviousMedianYearly); // May 2024's "#": the change is not known
        Assert.Equal(339_470, anesthesiologists.Mean2023Yearly); // the national mean the state means are set against

        var page = await factory.CreateClient().GetDocumentAsync("/occupations/anesthesiologists");
        Assert.Equal("$391,490", page.Find("#wage-table tr[data-row='Median'] td").Folded());
    }

    [Fact]
    public async Task Import_History_JoinsOnlyTheSameDetailedCode_MarksHybridYears_AndReadsEachYearsTopCode()
    {
        var managers = await OccupationAsync("11-9199"); // 11-9198 in BLS's hybrid codes of 2019 and 2020
        var prosthodontists = await OccupationAsync("29-1024"); // not in the May 2022 file
        var marketing = await OccupationAsync("11-2021");
        var legislators = await OccupationAsync("11-1031");

        Assert.Equal([2021, 2022, 2023, 2024, 2025], managers.WageHistory.Select(p => p.Year));
        Assert.Equal([2019, 2020, 2021, 2023, 2024, 2025], prosthodontists.WageHistory.Select(p => p.Year));
        Assert.Equal([true, true, false, false, false, false], prosthodontists.WageHistory.Select(p => p.HybridCode));
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024], legislators.WageHistory.Select(p => p.Year));
        // May 2019: H_PCT90 "#" is $100.00 or more, A_PCT90 "#" $208,000 or more; May 2024's "#" is $239,200; May 2025 a number.
        var of2019 = marketing.WageHistory[0];
        Assert.Equal((208_000, FigureStatus.TopCoded), (of2019.P90.Amount!.Value, of2019.P90.Status));
        Assert.Equal((263_680, 149_200, 136_850), (of2019.Jobs!.Value, of2019.Mean.Amount!.Value, of2019.Median.Amount!.Value));
        Assert.Equal(FigureStatus.TopCoded, marketing.WageHistory.Single(p => p.Year == 2024).P90.Status);
        Assert.Equal(239_200, marketing.WageHistory.Single(p => p.Year == 2024).P90.Amount);
        Assert.Equal((293_610, FigureStatus.Published), (marketing.WageHistory[^1].P90.Amount!.Value, marketing.WageHistory[^1].P90.Status));
        Assert.Null(marketing.WageHistory[^1].Jobs); // the hand-edited "**"
        // Hourly-only actors: the hourly figures, as published each year.
        Assert.Equal([2043, 2333, 2905], (await OccupationAsync("27-2011")).WageHistory.Where(p => p.Year is 2019 or 2024 or 2025).Select(p => p.Median.Amount!.Value));
    }

    [Fact]
    public async Task Import_HourlyOnlyOccupation_HasNoAnnualWagesAndIsLabelled()
    {
        var actors = await OccupationAsync("27-2011");

        Assert.Equal(WageBasis.HourlyOnly, actors.WageBasis);
        Assert.All(actors.Wages.Where(w => w.Period == WagePeriod.Annual), w => Assert.Equal((null, FigureStatus.NotPublished), (w.Amount, w.Status)));
        Assert.Equal(5829, actors.HourlyRateCents); // May 2025 H_MEAN 58.29
        Assert.Null(actors.YearlySalary);

        var page = await factory.CreateClient().GetDocumentAsync("/occupations/actors");
        Assert.StartsWith("BLS publishes only hourly wages", page.Find("#wage-basis").Folded(), StringComparison.Ordinal);
        Assert.Equal("not published", page.Find("#wage-table tr[data-row='Mean'] td").Folded());
        Assert.Equal("$58.29", page.Find("#wage-table tr[data-row='Mean'] td:nth-child(3)").Folded());
    }

    [Fact]
    public async Task Import_AnnualOnlyOccupation_HasNoHourlyWagesAndIsLabelled()
    {
        var teachers = await OccupationAsync("25-1011");

        Assert.Equal(WageBasis.AnnualOnly, teachers.WageBasis);
        Assert.All(teachers.Wages.Where(w => w.Period == WagePeriod.Hourly), w => Assert.Equal(FigureStatus.NotPublished, w.Status));
        Assert.NotNull(teachers.YearlySalary);
    }

    [Fact]
    public async Task Import_EmploymentNotAvailable_IsUnknownNotZero()
    {
        var marketing = await OccupationAsync("11-2021");

        Assert.Null(marketing.NumberOfJobs);
        Assert.Null(marketing.WorkExperience); // "—" in the projections: not applicable
        Assert.Equal("Bachelor's degree", marketing.TypicalEntryEducation);
    }

    [Fact]
    public async Task Import_SharedCpsRow_IsNamedOnBothOccupations()
    {
        var business = await OccupationAsync("25-1011");
        var computing = await OccupationAsync("25-1021");

        Assert.Equal(("Postsecondary teachers", true), (business.DemographicsSourceRow, business.DemographicsRowShared));
        Assert.Equal(("Postsecondary teachers", true), (computing.DemographicsSourceRow, computing.DemographicsRowShared));
        Assert.Equal(52.3, business.Gender.Single(d => d.Group == "Women").Percent);

        var page = await factory.CreateClient().GetDocumentAsync("/occupations/business-teachers-postsecondary");
        Assert.Equal("Figures for: Postsecondary teachers. The survey reports this occupation only as part of that broader group.",
            page.Find("#demographics-row").Folded());
    }

    [Fact]
    public async Task Import_MergedCode_ReachesOnetThroughTheCrosswalkAndCpsThroughItsLargestPublishedComponent()
    {
        var buyers = await OccupationAsync("13-1020");

        Assert.Equal("13-1021.00", buyers.OnetCode);
        Assert.NotNull(buyers.Description);
        Assert.NotEmpty(buyers.Skills);
        Assert.Equal("Business and Financial", buyers.Category);
        Assert.Equal("13-1021.00", buyers.SkillsOnetCode);
        // Its CPS components: farm products (10 thousand, "-"), wholesale and retail (179), purchasing agents (296).
        Assert.Equal("Purchasing agents, except wholesale, retail, and farm products", buyers.DemographicsSourceRow);
        Assert.StartsWith("the largest published of the 3 survey groups", buyers.DemographicsRowChoice, StringComparison.Ordinal);
        Assert.False(buyers.DemographicsRowShared);
        Assert.Equal(50.0, buyers.Gender.Single(d => d.Group == "Women").Percent);
    }

    [Fact]
    public async Task Import_StateMeans_KeepTheTopCodedStatesApartFromTheHighestPublished()
    {
        var anesthesiologists = await OccupationAsync("29-1211");
        var nurses = await OccupationAsync("29-1141");

        Assert.Equal(("Nebraska", 455_850), (anesthesiologists.HighestPayingState, anesthesiologists.HighestPayingStateWage));
        Assert.Equal("Connecticut, Hawaii, Iowa, Maine, Maryland, Minnesota, New Jersey, Oklahoma, Pennsylvania, South Dakota", anesthesiologists.StatesTopCoded);
        Assert.Null(nurses.StatesTopCoded);
    }

    [Fact]
    public async Task Import_ChildCodes_RecordWhichOnetOccupationEachFigureCameFrom()
    {
        var managers = await OccupationAsync("11-9199");

        Assert.Equal(("11-9199.00", "Managers, All Other"), (managers.OnetCode, managers.OnetTitle));
        Assert.Equal(("11-9199.01", "Regulatory Affairs Managers"), (managers.SkillsOnetCode, managers.SkillsOnetTitle));
        Assert.Equal(("11-9199.01", "11-9199.01", "11-9199.01"), (managers.TasksOnetCode, managers.EducationOnetCode, managers.JobZoneOnetCode));
        Assert.Equal(2333, (await OccupationAsync("27-2011")).PreviousMedianHourlyCents); // actors' May 2024 H_MEDIAN, 23.33
    }

    [Fact]
    public void Crosswalk_DateMangledNemCode_IsRepairedFromTheOnetCode()
    {
        var index = new OnetIndex(data, ["11-2011", "11-2021"]);

        Assert.Equal("11-2011", index.NemCodeOf("11-2011.00"));
        Assert.Equal("11-2021", index.NemCodeOf("11-2021.00"));
        Assert.Contains("11-2011.00", index.CandidatesFor("11-2011"));
    }

    [Fact]
    public async Task Import_Twice_IsSkippedWhenTheFilesAreUnchangedAndLeavesOneCopyWhenForced()
    {
        Assert.Equal(ImportOutcome.UpToDate, await ImportAsync(data));
        Assert.Equal(ImportOutcome.Imported, await ImportAsync(data, force: true));

        Assert.Equal(12, await QueryAsync(db => db.Occupations.CountAsync(o => o.DataSet == "official")));
        Assert.Equal(12 * 12, await QueryAsync(async db => (await db.Occupations.Select(o => o.Wages).ToListAsync()).Sum(w => w.Count)));
        Assert.Equal(1, await QueryAsync(db => db.CatalogueImports.CountAsync(i => i.DataSet == "official")));
    }

    [Fact]
    public async Task Import_TruncatedFile_NamesFileAndLineAndKeepsThePreviousCatalogue()
    {
        var broken = CopyExtract();
        var path = Path.Combine(broken, OfficialFiles.Oews2024);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text[..(text.LastIndexOf("29-1211", StringComparison.Ordinal) + 40)]);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.Matches(@"^bls-oews/national_M2024_dl\.csv: line \d+\b.*\(is the file cut short\?\)", error.Message);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Import_FileCutAtALineEnd_NamesTheShortLine()
    {
        var broken = CopyExtract();
        var path = Path.Combine(broken, OfficialFiles.OnetTasks);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text[..text.LastIndexOf('\t')]);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.Matches(@"^onet-29\.3/Task Statements\.txt: line \d+ has 3 fields where the header has 4 \(is the file cut short\?\)\.$", error.Message);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Import_OnetText_ReadsQuotedFieldsAsWrittenAndAStrayQuoteAsItself()
    {
        // O*NET quotes a field that holds a quote and doubles the quotes in it, as a spreadsheet writes text.
        var legislators = await OccupationAsync("11-1031");
        Assert.Contains("Conduct \"head counts\" to help predict the outcome of upcoming votes.", legislators.Responsibilities);
        Assert.Equal("Say \"please\" and \"thank you\" in a foreign language", await QueryAsync(db => db.LevelAnchors
            .Where(a => a.Element == "Foreign Language" && a.Level == 1).Select(a => a.Description).SingleAsync()));

        // A quote inside a field, unquoted, is the character itself.
        var changed = CopyExtract();
        var path = Path.Combine(changed, OfficialFiles.OnetAlternateTitles);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        var alderman = lines.FindIndex(l => l.StartsWith("11-1031.00\tAlderman\t", StringComparison.Ordinal));
        lines[alderman] = "11-1031.00\tAlderman (5\" gavel)\t";
        await File.WriteAllLinesAsync(path, lines);

        Assert.Equal(ImportOutcome.Imported, await ImportAsync(changed));

        Assert.Equal(1, await QueryAsync(db => db.AlternateTitles.CountAsync(t => t.Title == "Alderman (5\" gavel)")));
    }

    [Fact]
    public async Task Import_MissingFile_NamesItAndKeepsThePreviousCatalogue()
    {
        var broken = CopyExtract();
        File.Delete(Path.Combine(broken, OfficialFiles.OnetSkills));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.StartsWith("onet-29.3/Skills.from-xlsx.tsv: file not found", error.Message, StringComparison.Ordinal);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Import_MalformedNumber_NamesFileLineAndColumn()
    {
        var broken = CopyExtract();
        var path = Path.Combine(broken, OfficialFiles.Oews2024);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        var nurses = lines.FindIndex(l => l.StartsWith("29-1141,", StringComparison.Ordinal));
        lines[nurses] = lines[nurses].Replace("\"3,282,010\"", "lots", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.Equal($"bls-oews/national_M2024_dl.csv: line {nurses + 1}, column \"TOT_EMP\": not a number (found \"lots\").", error.Message);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Import_MissingColumn_NamesIt()
    {
        var broken = CopyExtract();
        var path = Path.Combine(broken, OfficialFiles.Projections);
        var lines = await File.ReadAllLinesAsync(path);
        lines[0] = lines[0].Replace("Typical education needed for entry", "Education", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.Equal("bls-ep/occupation_table_1_2.from-xlsx.csv: the header lacks the column \"Typical education needed for entry\".", error.Message);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Import_States_PricesTheStatesAndDcOnly_AndKeepsEachAreasAllOccupationsMean()
    {
        var states = await QueryAsync(db => db.States.OrderBy(s => s.Code).ToListAsync());

        Assert.Equal(54, states.Count);
        Assert.Equal(["GU", "PR", "VI"], states.Where(s => s.PriceParity is null).Select(s => s.Code).Order(StringComparer.Ordinal));
        var california = states.Single(s => s.Code == "CA");
        Assert.Equal(("California", "california", "06", 112.581, 76_960), (california.Name, california.Slug, california.Fips, california.PriceParity, california.AllOccupationsMeanYearly));
        Assert.Equal(34_120, states.Single(s => s.Code == "PR").AllOccupationsMeanYearly);
        // The all-occupations row is an area's reference, not an occupation.
        Assert.Equal(0, await QueryAsync(db => db.Occupations.CountAsync(o => o.SocCode == "00-0000")));
    }

    [Fact]
    public async Task Import_StateMeans_KeepMarkers_TopCodes_HourlyOnlyAndTerritories()
    {
        async Task<StateWage> Wage(string soc, string state) => await QueryAsync(db => db.Occupations.Where(o => o.SocCode == soc)
            .SelectMany(o => o.StateWages).SingleAsync(w => w.StateCode == state));

        // "Texas;29-1141;Registered Nurses;43.37;90,210"
        var nurses = await Wage("29-1141", "TX");
        Assert.Equal((90_210, FigureStatus.Published, 4_337, FigureStatus.Published), (nurses.MeanYearly, nurses.MeanYearlyStatus, nurses.MeanHourlyCents, nurses.MeanHourlyStatus));
        // "Connecticut;29-1211;Anesthesiologists;#;#": the top codes, said as such.
        var topCoded = await Wage("29-1211", "CT");
        Assert.Equal((239_200, FigureStatus.TopCoded, 11_500, FigureStatus.TopCoded), (topCoded.MeanYearly, topCoded.MeanYearlyStatus, topCoded.MeanHourlyCents, topCoded.MeanHourlyStatus));
        // "Arkansas;29-1211;Anesthesiologists;*;*": withheld.
        var withheld = await Wage("29-1211", "AR");
        Assert.Equal((null, FigureStatus.NotPublished, null, FigureStatus.NotPublished), (withheld.MeanYearly, withheld.MeanYearlyStatus, withheld.MeanHourlyCents, withheld.MeanHourlyStatus));
        // "Arizona;27-2011;Actors;22.81;*": hourly only.
        var actors = await Wage("27-2011", "AZ");
        Assert.Equal((null, FigureStatus.NotPublished, 2_281, FigureStatus.Published), (actors.MeanYearly, actors.MeanYearlyStatus, actors.MeanHourlyCents, actors.MeanHourlyStatus));
        // "Puerto Rico;29-1141;Registered Nurses;18.81;39,130": a territory has its means, without a price parity.
        Assert.Equal(39_130, (await Wage("29-1141", "PR")).MeanYearly);
        Assert.Equal(0, await QueryAsync(db => db.Occupations.Where(o => o.SocCode == "25-1011").SelectMany(o => o.StateWages).CountAsync(w => w.StateCode == "GU")));
    }

    [Fact]
    public async Task Import_StatesOnProfile_TerritoriesListedNotAdjusted_TopCodedSaid_HourlyOnlyByTheHour()
    {
        var client = factory.CreateClient();
        var nurses = await client.GetDocumentAsync("/occupations/registered-nurses");
        Assert.Equal(["$39,130", "$18.81", "no price parity", "not adjusted"], nurses.Find("#state-table tr[data-state='PR']").Children.Skip(1).Take(4).Select(c => c.Folded()));
        Assert.Equal(["$90,210", "$43.37", "97.2", "$92,833"], nurses.Find("#state-table tr[data-state='TX']").Children.Skip(1).Take(4).Select(c => c.Folded()));
        Assert.DoesNotContain(nurses.Find("#state-map-data").TextContent, "\"72\"", StringComparison.Ordinal);

        var anesthesiologists = await client.GetDocumentAsync("/occupations/anesthesiologists");
        Assert.Equal("$239,200 or more", anesthesiologists.Find("#state-table tr[data-state='CT'] td").Folded());
        Assert.Equal("not published", anesthesiologists.Find("#state-table tr[data-state='AR'] td").Folded());
        Assert.StartsWith("not known: top-coded in", anesthesiologists.Find("#highest-after-prices").Folded(), StringComparison.Ordinal);

        var actors = await client.GetDocumentAsync("/occupations/actors");
        Assert.Equal(["not published", "$22.81"], actors.Find("#state-table tr[data-state='AZ']").Children.Skip(1).Take(2).Select(c => c.Folded()));
        Assert.Contains("mean hourly wage", actors.Find("#state-pay-intro").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PriceParityFileWithARowBelowItsNotes_ChangesNothing()
    {
        var broken = CopyExtract();
        var path = Path.Combine(broken, OfficialFiles.PriceParities);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        lines.Add(lines[2]);
        await File.WriteAllLinesAsync(path, lines);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.StartsWith("bea-rpp/SARPP_STATE_2008_2023.csv: line 58 is a row of the table below its notes", error.Message, StringComparison.Ordinal);
        await AssertCatalogueIntactAsync();
        Assert.Equal(54, await QueryAsync(db => db.States.CountAsync()));
    }

    [Fact]
    public async Task Import_StateFileWithAnUnknownArea_ChangesNothing()
    {
        var broken = CopyExtract();
        var path = Path.Combine(broken, OfficialFiles.OewsStates2023);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("Texas;29-1141", "Texass;29-1141", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.Matches(@"^bls-oews/state_M2023_dl\.columns-subset\.csv: line \d+, column ""AREA_TITLE"": not a state", error.Message);
        await AssertCatalogueIntactAsync();
        Assert.Equal(90_210, await QueryAsync(db => db.StateWages.Where(w => w.StateCode == "TX").Join(db.Occupations.Where(o => o.SocCode == "29-1141"),
            w => w.OccupationId, o => o.Id, (w, _) => w.MeanYearly).SingleAsync()));
    }

    private async Task<ImportOutcome> ImportAsync(string directory, bool force = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        var importer = new OfficialCatalogueImporter(db, Options.Create(new SeedDataOptions { Directory = directory }), NullLogger<OfficialCatalogueImporter>.Instance);
        return await importer.ImportAsync(force);
    }

    private async Task AssertCatalogueIntactAsync()
    {
        Assert.Equal(12, await QueryAsync(db => db.Occupations.CountAsync(o => o.DataSet == "official")));
        Assert.Equal(12 * 12, await QueryAsync(async db => (await db.Occupations.Select(o => o.Wages).ToListAsync()).Sum(w => w.Count)));
        Assert.Equal(3_379_720, (await OccupationAsync("29-1141")).NumberOfJobs); // May 2025 TOT_EMP
    }

    private Task<Occupation> OccupationAsync(string soc) => QueryAsync(db => db.Occupations.SingleAsync(o => o.SocCode == soc));

    private Task<T> QueryAsync<T>(Func<CareerCompareDbContext, Task<T>> query) => factory.QueryAsync(query);

    private string CopyExtract() => factory.NewSeedFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract"));
}
