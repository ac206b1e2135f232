using System.Text.Json;
using AngleSharp.Html.Parser;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The Occupational Outlook Handbook's pages read by the importer, on the extract (TestData/README.md): a page with every
/// tab, a page of two occupations, a Summary line outside a paragraph, a page without its "How to Become One" tab.
/// </summary>
public sealed class HandbookImportTests : IDisposable
{
    private readonly CareerCompareFactory factory = new();

    public HandbookImportTests()
    {
        factory.SeedDirectory = CopyExtract();
        _ = factory.Server; // migrate and import the extract
    }

    public void Dispose() => factory.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "handbook", name);

    [Fact]
    public async Task A_page_with_every_tab_gives_its_address_title_edition_text_and_licence_sentence()
    {
        var nurses = await OccupationAsync("29-1141");

        Assert.Equal("https://www.bls.gov/ooh/healthcare/registered-nurses.htm", nurses.HandbookAddress);
        Assert.Equal("Registered Nurses", nurses.HandbookTitle);
        // The edition is the projections' years the page's Quick Facts name: the Employment Projections' own.
        Assert.Equal(OfficialSources.Projections.Vintage, nurses.HandbookEdition);
        Assert.Equal("Registered nurses must be licensed.", nurses.HandbookLicenceSentence);
        Assert.Empty(nurses.HandbookAlsoCovers);

        Assert.Equal("Registered nurses (RNs) provide and coordinate patient care and educate patients and the public about various health conditions.",
            Assert.Single(nurses.Handbook, p => p.Tab == HandbookTab.WhatTheyDoSummary).Text);
        Assert.Equal(["Education", "Licenses, Certifications, and Registrations", "Important Qualities", "Advancement"],
            nurses.Handbook.Where(p => p.Tab == HandbookTab.HowToBecomeOne && p.Heading is not null).Select(p => p.Heading).Distinct());
        var duties = Assert.Single(nurses.Handbook, p => p.Tab == HandbookTab.WhatTheyDo && p.Kind == HandbookBlock.List && p.Heading == "Duties");
        Assert.Equal("Assess patients’ conditions", duties.Items![0]);
        var quality = nurses.Handbook.First(p => p.Heading == "Important Qualities" && p.Lead is not null);
        Assert.Equal(("Critical-thinking skills.", "Registered nurses must assess changes in the health status of patients, such as determining when to take corrective action."),
            (quality.Lead, quality.Text));
        Assert.Contains(nurses.Handbook, p => p.Tab == HandbookTab.WorkEnvironment && p.Heading == "Work Schedules");
        // Links, images, captions and the "About this section" pop-ups are not text.
        Assert.DoesNotContain(nurses.Handbook, p => p.Text.Contains("About this section", StringComparison.Ordinal) || p.Text.Contains('<'));
    }

    [Fact]
    public async Task A_page_of_several_occupations_is_said_to_describe_them_together()
    {
        var advertising = await OccupationAsync("11-2011");
        var marketing = await OccupationAsync("11-2021");

        Assert.Equal(advertising.HandbookAddress, marketing.HandbookAddress);
        Assert.Equal("Advertising, Promotions, and Marketing Managers", advertising.HandbookTitle);
        Assert.Equal(["Marketing Managers"], advertising.HandbookAlsoCovers);
        Assert.Equal(["Advertising and Promotions Managers"], marketing.HandbookAlsoCovers);
        Assert.Empty((await OccupationAsync("11-1031")).Handbook); // Legislators: the crosswalk names no page
        Assert.Null((await OccupationAsync("11-1031")).HandbookAddress);
    }

    [Fact]
    public async Task A_summary_line_written_outside_a_paragraph_is_read()
    {
        var managers = await OccupationAsync("11-9111");

        Assert.Equal("Medical and health services managers plan, direct, and coordinate the business activities of healthcare providers.",
            Assert.Single(managers.Handbook, p => p.Tab == HandbookTab.WhatTheyDoSummary).Text);
    }

    [Fact]
    public async Task A_page_without_a_tab_stops_the_import_naming_the_page_and_the_tab()
    {
        var text = await File.ReadAllTextAsync(Fixture("registered-nurses-without-how-to-become-one.html"));
        var parsed = Assert.Throws<SeedDataException>(() => HandbookPages.Parse("registered-nurses.html", text));
        Assert.Contains("How to Become One", parsed.Message, StringComparison.Ordinal);

        var broken = CopyExtract();
        File.Copy(Fixture("registered-nurses-without-how-to-become-one.html"), Path.Combine(broken, OfficialFiles.HandbookPages, "registered-nurses.html"), overwrite: true);
        var error = await Assert.ThrowsAsync<SeedDataException>(() => ImportAsync(broken));

        Assert.Equal("bls-ooh/html/registered-nurses.html: the Occupational Outlook Handbook page has no tab “How to Become One” (div#tab-4 article) (has the page's layout changed?).",
            error.Message);
        Assert.Equal("Registered nurses must be licensed.", (await OccupationAsync("29-1141")).HandbookLicenceSentence); // the catalogue before stays
    }

    [Fact]
    public void The_crosswalk_address_cut_short_reads_the_page_it_means()
    {
        // The crosswalk writes ".../semiconductor-processing-technicians-.htm": the dash before the extension is not the page's.
        Assert.Equal("semiconductor-processing-technicians.html", HandbookPages.FileOf("https://www.bls.gov/OOH/production/semiconductor-processing-technicians-.htm"));
        Assert.Equal("registered-nurses.html", HandbookPages.FileOf("https://www.bls.gov/OOH/healthcare/registered-nurses.htm"));
    }

    private Task<Occupation> OccupationAsync(string soc) => factory.QueryAsync(db => db.Occupations.SingleAsync(o => o.SocCode == soc));

    private async Task<ImportOutcome> ImportAsync(string directory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        var importer = new OfficialCatalogueImporter(db, Options.Create(new SeedDataOptions { Directory = directory }), NullLogger<OfficialCatalogueImporter>.Instance);
        return await importer.ImportAsync(force: true);
    }

    private string CopyExtract() => factory.NewSeedFolder(Path.Combine(AppContext.BaseDirectory, "TestData", "official-extract"));
}

/// <summary>
/// The Handbook's words on the site, for real pages of seed-data/: the profile's sections, the comparison's "How to get
/// in" and licence line, the API and the CSV, each checked against the page read again here.
/// </summary>
public sealed class HandbookPageTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static AngleSharp.Html.Dom.IHtmlDocument RawPage(string file) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(SeedDocument.SeedDataDirectory, OfficialFiles.HandbookPages, file)));

    private static string Fold(string text) => string.Join(' ', text.Replace('\u00a0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_catalogue_joins_596_occupations_to_a_page_and_reads_the_cut_short_address()
    {
        var (withPage, semiconductor) = await factory.QueryAsync(async db => (
            await db.Occupations.CountAsync(o => o.HandbookAddress != null),
            await db.Occupations.Where(o => o.SocCode == "51-9141").Select(o => o.HandbookAddress).SingleAsync()));

        // 587 by the first seven characters of the crosswalk's O*NET codes, and 9 merged OEWS codes (13-1020, 29-2010…)
        // reached through its NEM code.
        Assert.Equal(596, withPage);
        // The crosswalk's address is cut short; the page's own is kept.
        Assert.Equal("https://www.bls.gov/ooh/production/semiconductor-processing-technicians.htm", semiconductor);
    }

    [Theory]
    [InlineData("registered-nurses", "Registered nurses must be licensed.")]
    [InlineData("nurse-practitioners", "They must also be licensed in their state and pass a national certification exam.")]
    [InlineData("electricians", "Most states require electricians to be licensed.")]
    [InlineData("software-developers", null)]
    [InlineData("cashiers", null)]
    public async Task The_licence_sentence_is_the_pages_own_and_only_where_it_says_so(string slug, string? sentence)
    {
        var occupation = await factory.QueryAsync(db => db.Occupations.SingleAsync(o => o.Slug == slug));

        Assert.Equal(sentence, occupation.HandbookLicenceSentence);
        if (sentence is not null)
        {
            var file = HandbookPages.FileOf(occupation.HandbookAddress!);
            // From the Summary's lines on how to become one, or from the tab.
            var raw = RawPage(file);
            Assert.Contains(sentence, Fold(raw.GetElementById("tab-1")!.TextContent + " " + raw.GetElementById("tab-4")!.TextContent), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("registered-nurses", "registered-nurses.html")]
    [InlineData("nurse-practitioners", "nurse-anesthetists-nurse-midwives-and-nurse-practitioners.html")]
    [InlineData("software-developers", "software-developers.html")]
    [InlineData("electricians", "electricians.html")]
    public async Task The_profile_shows_the_pages_how_to_become_one_and_work_environment_word_for_word(string slug, string file)
    {
        var page = await client.GetDocumentAsync($"/occupations/{slug}");
        var raw = RawPage(file);

        foreach (var (tab, section) in new[] { ("tab-4", "#become-text"), ("tab-3", "#work-text") })
        {
            var expected = raw.GetElementById(tab)!.QuerySelectorAll("article > p").Select(p => Fold(p.TextContent)).Where(t => t.Length > 0).ToList();
            var shown = page.Find(section).QuerySelectorAll("p").Select(p => Fold(p.TextContent)).ToList();
            Assert.Equal(expected, shown);
        }

        var heading = page.Find("h1").Folded();
        var sections = page.QuerySelectorAll("main h2").Select(h => h.Id).ToList();
        // How to become one comes right after what they do, near the top; the work environment with the rest.
        Assert.Equal(sections.IndexOf("overview-heading") + 1, sections.IndexOf("become-heading"));
        Assert.True(sections.IndexOf("work-environment-heading") > sections.IndexOf("responsibilities-heading"), heading);
        var address = raw.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        var title = Fold(raw.QuerySelector("h1")!.TextContent);
        Assert.Equal($"Source: Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, {title}, at {address} (2024–34 edition).",
            page.Find("#how-to-become-one .handbook-citation").Folded());
        Assert.Equal(address, page.Find("#how-to-become-one .handbook-citation a").GetAttribute("href"));
        // The Handbook's summary of the work, and O*NET's description, labelled.
        Assert.Equal(Fold(raw.QuerySelectorAll("#tab-1 h3").First(h => h.QuerySelector("a[href='#tab-2']") is not null).NextElementSibling!.TextContent),
            page.Find("#handbook-what-they-do p:nth-of-type(2)").Folded());
        Assert.NotNull(page.QuerySelector("#description"));
    }

    [Fact]
    public async Task A_page_of_several_occupations_says_so_and_a_job_without_one_links_to_onet()
    {
        var practitioners = await client.GetDocumentAsync("/occupations/nurse-practitioners");
        Assert.Equal("The Handbook describes nurse practitioners together with nurse anesthetists and nurse midwives, as “Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners”: its words below are about all of them.",
            practitioners.Find("#handbook-shared").Folded());
        var nurses = await client.GetDocumentAsync("/occupations/registered-nurses");
        Assert.Null(nurses.QuerySelector("#handbook-shared"));

        var managers = await client.GetDocumentAsync("/occupations/managers-all-other");
        Assert.StartsWith("The Occupational Outlook Handbook has no page on managers, all other.", managers.Find("#handbook-none").Folded(), StringComparison.Ordinal);
        Assert.Equal("https://www.onetonline.org/link/summary/11-9199.00", managers.Find("#handbook-none a").GetAttribute("href"));
        Assert.Null(managers.QuerySelector("#work-environment-heading"));
    }

    [Fact]
    public async Task The_comparison_sets_licence_and_education_side_by_side_and_names_who_must_be_licensed()
    {
        var page = await client.GetDocumentAsync("/compare/registered-nurses-vs-software-developers");

        var columns = page.QuerySelectorAll("#how-to-get-in .get-in");
        Assert.Equal(["registered-nurses", "software-developers"], columns.Select(c => c.GetAttribute("data-occupation")));
        Assert.StartsWith("Registered nurses must have a nursing license issued by the state in which they work.",
            columns[0].QuerySelector(".get-in-licences p")!.Folded(), StringComparison.Ordinal);
        Assert.NotNull(columns[1].QuerySelector(".get-in-education p"));
        Assert.Equal("Which need a licence?", page.Find("#answer-licence").Folded());
        var line = page.Find("[data-answer='licence']");
        foreach (var note in line.QuerySelectorAll("a.footnote-ref").ToList())
        {
            note.Remove();
        }

        Assert.Equal("Registered Nurses must be licensed, in the Handbook's words: “Registered nurses must be licensed.” It does not say so of Software Developers.",
            line.Folded());
    }

    [Fact]
    public async Task The_API_gives_the_page_and_its_text_and_the_CSV_its_address_and_licence_sentence()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/occupations/registered-nurses", UriKind.Relative)));
        var handbook = json.RootElement.GetProperty("handbook");
        Assert.Equal("https://www.bls.gov/ooh/healthcare/registered-nurses.htm", handbook.GetProperty("address").GetString());
        Assert.Equal("2024–34 edition", handbook.GetProperty("source").GetProperty("vintage").GetString());
        Assert.Equal("Registered nurses must be licensed.", handbook.GetProperty("licenceSentence").GetString());
        Assert.Contains(handbook.GetProperty("parts").EnumerateArray(), p => p.GetProperty("tab").GetString() == "howToBecomeOne"
            && p.GetProperty("heading").GetString() == "Advancement");
        Assert.Contains(json.RootElement.GetProperty("figures").EnumerateArray(), f => f.GetProperty("key").GetString() == "handbook.address");

        var csv = await DataHelpers.ReadCsvAsync(await client.GetAsync(new Uri("/api/v1/compare/registered-nurses-vs-software-developers.csv", UriKind.Relative)));
        var header = csv[0].ToList();
        var rows = csv.Skip(1).Where(r => r[header.IndexOf("section")] == "handbook").ToList();
        Assert.Equal(["handbook.address", "handbook.title", "handbook.licence"], rows.Select(r => r[header.IndexOf("figure_key")]).Distinct());
        Assert.Contains(rows, r => r[header.IndexOf("text")] == "Registered nurses must be licensed." && r[header.IndexOf("vintage")] == "2024–34 edition");
    }
}
