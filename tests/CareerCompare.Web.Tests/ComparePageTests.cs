using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using CareerCompare.Web.Tests.Infrastructure;
using static CareerCompare.Web.Tests.Infrastructure.SeedDocument;

namespace CareerCompare.Web.Tests;

public sealed class ComparePageTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    // Every row of the document's overview, salary, education and demographics tables, as printed there.
    [Theory]
    [InlineData("overview-table", "Yearly salary", "$94,921", "$70,777")]
    [InlineData("overview-table", "Hourly rate", "$45.64", "$34.03")]
    [InlineData("overview-table", "Growth rate", "28%", "28%")]
    [InlineData("overview-table", "Number of jobs", "91,308", "152,009")]
    [InlineData("overview-table", "Most common degree", "Bachelor's Degree, 55%", "Bachelor's Degree, 55%")]
    [InlineData("overview-table", "Average age", "47", "47")]
    [InlineData("overview-table", "Years of experience", "6", "6")]
    [InlineData("overview-table", "Years to become one", "4-6 years", "4-6 years")]
    [InlineData("salary-table", "Average salary", "$94,921", "$70,777")]
    [InlineData("salary-table", "Salary range", "$61,000 – $145,000", "$42,000 – $117,000")]
    [InlineData("salary-table", "Highest paying city", "North Las Vegas, NV", "—")]
    [InlineData("salary-table", "Highest paying state", "Nevada", "—")]
    [InlineData("salary-table", "Best paying company", "AstraZeneca", "—")]
    [InlineData("salary-table", "Best paying industry", "Health Care", "—")]
    [InlineData("education-table", "Most common degree", "Bachelor's Degree, 55%", "Bachelor's Degree, 55%")]
    [InlineData("education-table", "Most common major", "Nursing", "Business")]
    [InlineData("education-table", "Most common college", "University of Pennsylvania", "University of Pennsylvania")]
    [InlineData("demographics-table", "Average age", "47", "47")]
    [InlineData("demographics-table", "Male", "25.0%", "20.2%")]
    [InlineData("demographics-table", "Female", "75.0%", "79.8%")]
    [InlineData("demographics-table", "Black or African American", "11.5%", "11.9%")]
    [InlineData("demographics-table", "Unknown", "4.3%", "4.3%")]
    [InlineData("demographics-table", "Hispanic or Latino", "15.1%", "14.9%")]
    [InlineData("demographics-table", "Asian", "7.1%", "7.1%")]
    [InlineData("demographics-table", "White", "61.2%", "61.1%")]
    [InlineData("demographics-table", "American Indian and Alaska Native", "0.7%", "0.7%")]
    [InlineData("demographics-table", "LGBT percentage", "12%", "12%")]
    public async Task Get_Compare_ShowsEachFigureOfTheDocumentInItsRowAndColumn(string table, string row, string director, string manager)
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var cells = document.RowCells(table, row);

        Assert.Equal(director, cells[0].VisibleText());
        Assert.Equal(manager, cells[1].VisibleText());
        Assert.Equal(["Patient relations director", "Patient account manager"], ColumnHeaders(document, table));
        // A cell's occupation is the header of its column.
        var headers = document.QuerySelectorAll($"#{table} thead th").ToList();
        var rowCells = cells[0].ParentElement!.Children.ToList();
        Assert.Equal(Director, headers[rowCells.IndexOf(cells[0])].GetAttribute("data-occupation"));
        Assert.Equal(Manager, headers[rowCells.IndexOf(cells[1])].GetAttribute("data-occupation"));
    }

    [Fact]
    public async Task Get_Compare_ShowsUnknownAsDashWithScreenReaderTextAndNeverAsZero()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var city = document.RowCells("salary-table", "Highest paying city");
        var company = document.RowCells("salary-table", "Best paying company");

        foreach (var cell in new[] { city[1], company[1] })
        {
            Assert.Equal("—", cell.Find(".unknown [aria-hidden=true]").TextContent);
            Assert.Equal("unknown", cell.Find(".unknown .visually-hidden").TextContent);
            Assert.DoesNotContain('0', cell.TextContent);
        }
    }

    // Under the second occupation's figure: how it differs from the first (the first column), as a share of the first's.
    [Theory]
    [InlineData("overview-table", "Yearly salary", "−$24,144 (−25%)")]
    [InlineData("overview-table", "Hourly rate", "−$11.61 (−25%)")]
    [InlineData("overview-table", "Number of jobs", "+60,701 (+66%)")]
    [InlineData("overview-table", "Growth rate", "Same")]
    [InlineData("salary-table", "Salary range", "Low end −$19,000, high end −$28,000")]
    [InlineData("education-table", "Most common major", "Different")]
    [InlineData("demographics-table", "Male", "−4.8 pts")]
    [InlineData("demographics-table", "Female", "+4.8 pts")]
    [InlineData("skills-table", "Patients", "+1 pt")]
    public async Task Get_Compare_ShowsUnderTheSecondFigureHowItDiffersFromTheFirst(string table, string row, string difference)
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var cells = document.RowCells(table, row);

        Assert.Equal(difference, cells[1].CellDifference());
        Assert.Null(cells[0].CellDifference());
        Assert.Equal("compared with Patient relations director", cells[1].Find(".cell-difference .visually-hidden").Folded());
        // No separate difference column: a cell per occupation.
        Assert.Equal(2, cells.Count);
    }

    [Fact]
    public async Task Get_Compare_SaysNoDifferenceWhereAFigureIsUnknown()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        Assert.Null(document.RowCells("salary-table", "Highest paying city")[1].CellDifference());
    }

    [Fact]
    public async Task Get_Compare_LeavesOutRowsThatNoOccupationHasAFigureFor()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        // The careers site prints "-" for both jobs' satisfaction: a row of "—" answers nothing.
        Assert.DoesNotContain(document.QuerySelectorAll("#overview-table tbody tr"), r => r.Find("th").Folded() == "Job satisfaction");
        Assert.All(document.QuerySelectorAll(".compare-table tbody tr[data-row]"),
            row => Assert.Contains(row.QuerySelectorAll("td"), td => td.QuerySelector(".unknown") is null));
    }

    [Theory]
    [InlineData("overview-table", "Yearly salary", 0)]
    [InlineData("overview-table", "Number of jobs", 1)]
    public async Task Get_Compare_MarksTheHigherValueInWordsNotOnlyColour(string table, string row, int higher)
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var cells = document.RowCells(table, row);

        Assert.Equal("▲ Higher", cells[higher].Find(".higher-mark").Folded());
        Assert.Null(cells[1 - higher].QuerySelector(".higher-mark"));
    }

    [Theory]
    [InlineData("demographics-table", "Female")]
    [InlineData("demographics-table", "Hispanic or Latino")]
    public async Task Get_Compare_SharesOfPeopleAreNotMarkedHigher(string table, string row)
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var cells = document.RowCells(table, row);

        // A larger share of women is a difference, not a lead.
        Assert.NotEqual(cells[0].VisibleText(), cells[1].VisibleText());
        Assert.All(cells, cell => Assert.Null(cell.QuerySelector(".higher-mark")));
    }

    [Fact]
    public async Task Get_Compare_EqualValuesMarkNeitherAsHigher()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var cells = document.RowCells("overview-table", "Growth rate");

        Assert.All(cells.Take(2), cell => Assert.Null(cell.QuerySelector(".higher-mark")));
    }

    [Fact]
    public async Task Get_Compare_WritesTheDocumentsSentencesFromTheData()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var skills = document.Find("#skills-summary").Folded();
        Assert.Contains("The top three skills for a patient relations director include patients, patient care and patient safety.", skills, StringComparison.Ordinal);
        Assert.Contains("The most important skills for a patient account manager are patients, customer service, and patient accounts.", skills, StringComparison.Ordinal);
        Assert.Equal("Patient relations director vs patient account manager", document.Find("h1").Folded());
    }

    [Fact]
    public async Task Get_Compare_ShowsWhatEachOccupationDoes()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var director = document.Find($".description[data-occupation='{Director}']");
        var manager = document.Find($".description[data-occupation='{Manager}']");

        Assert.Equal("What does a patient relations director do?", director.Find("h3").Folded());
        Assert.StartsWith("A patient relations director is primarily in charge of spearheading", director.Find("p").Folded(), StringComparison.Ordinal);
        Assert.Equal("What does a patient account manager do?", manager.Find("h3").Folded());
        Assert.EndsWith("assisting the patient account representatives with their inquiries and concerns.", manager.Find("p").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_ListsEveryResponsibilityOfBoth()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        Assert.Equal(DirectorResponsibilities, document.QuerySelectorAll($".responsibilities[data-occupation='{Director}'] li").Select(li => li.Folded()));
        Assert.Equal(ManagerResponsibilities, document.QuerySelectorAll($".responsibilities[data-occupation='{Manager}'] li").Select(li => li.Folded()));
    }

    [Fact]
    public async Task Get_Compare_ShowsEverySkillWithItsShareInEachColumn()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        foreach (var (skill, share) in DirectorSkills)
        {
            Assert.Equal(share, document.RowCells("skills-table", skill)[0].VisibleText());
        }

        foreach (var (skill, share) in ManagerSkills)
        {
            Assert.Equal(share, document.RowCells("skills-table", skill)[1].VisibleText());
        }

        Assert.Equal("not listed", document.RowCells("skills-table", "Acute Care")[1].VisibleText());
        Assert.Equal("not listed", document.RowCells("skills-table", "Patient Registration")[0].VisibleText());
    }

    [Fact]
    public async Task Get_Compare_EveryChartHasASummaryAndATableWithTheSameNumbersAsItsData()
    {
        var document = await client.GetDocumentAsync(ComparisonUrl);

        var canvases = document.QuerySelectorAll("canvas[data-chart]");
        Assert.Equal(["salary-chart", "gender-chart", "race-chart", "skills-chart"], canvases.Select(c => c.Id));
        foreach (var canvas in canvases)
        {
            Assert.Equal("img", canvas.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(document.Find($"#{canvas.GetAttribute("aria-describedby")}").Folded()));
            using var spec = JsonDocument.Parse(document.Find($"#{canvas.GetAttribute("data-chart")}").TextContent);
            Assert.NotEmpty(spec.RootElement.GetProperty("labels").EnumerateArray());
            Assert.NotNull(document.QuerySelector($"#{canvas.Id}-table"));
        }

        using var salary = JsonDocument.Parse(document.Find("#salary-chart-data").TextContent);
        var datasets = salary.RootElement.GetProperty("datasets");
        Assert.Equal([[61000, 145000], [42000, 117000]],
            datasets[0].GetProperty("data").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetInt32()).ToArray()));
        Assert.Equal([94921, 70777], datasets[1].GetProperty("data").EnumerateArray().Select(v => v.GetInt32()));
        var salaryRows = document.QuerySelectorAll("#salary-chart-table tbody tr").Select(r => r.RowText()).ToList();
        Assert.Equal(["Patient relations director $61,000 $94,921 $145,000", "Patient account manager $42,000 $70,777 $117,000"], salaryRows);

        using var gender = JsonDocument.Parse(document.Find("#gender-chart-data").TextContent);
        // One 100% bar per occupation: a series per group, women first.
        Assert.Equal([75.0, 79.8], gender.RootElement.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().Select(v => v.GetDouble()));
        Assert.True(gender.RootElement.GetProperty("stacked").GetBoolean());
        Assert.Equal("Female 75.0% 79.8%", document.QuerySelectorAll("#gender-chart-table tbody tr")[0].RowText());
        Assert.Equal("Male 25.0% 20.2%", document.QuerySelectorAll("#gender-chart-table tbody tr")[1].RowText());
        // The careers site's occupations point to the nearest official one, ready to compare.
        Assert.Equal(["/compare/patient-relations-director-vs-medical-and-health-services-managers", "/compare/patient-account-manager-vs-medical-and-health-services-managers"],
            document.QuerySelectorAll(".counterpart a[href^='/compare/']").Select(a => a.GetAttribute("href")));

        var raceRows = document.QuerySelectorAll("#race-chart-table tbody tr").Select(r => r.RowText()).ToList();
        Assert.Contains("White 61.2% 61.1%", raceRows);
        Assert.Equal(6, raceRows.Count);

        var skillRows = document.QuerySelectorAll("#skills-chart-table tbody tr").Select(r => r.RowText(HtmlHelpers.VisibleText)).ToList();
        Assert.Contains("Customer Service 5% 13%", skillRows);
        Assert.Equal(8, skillRows.Count);
    }

    [Fact]
    public async Task Get_Compare_ReversedOrderShowsTheSameComparisonTheOtherWayRound()
    {
        var document = await client.GetDocumentAsync($"/compare/{Manager}-vs-{Director}");

        var cells = document.RowCells("overview-table", "Yearly salary");

        Assert.Equal("Patient account manager vs patient relations director", document.Find("h1").Folded());
        Assert.Equal(["Patient account manager", "Patient relations director"], ColumnHeaders(document, "overview-table"));
        Assert.Equal("$70,777", cells[0].VisibleText());
        Assert.Equal("$94,921", cells[1].VisibleText());
        Assert.Equal("+$24,144 (+34%)", cells[1].CellDifference());
    }

    [Theory]
    [InlineData("/compare/patient-relations-director-vs-astronaut", "astronaut")]
    [InlineData("/compare/nobody-vs-patient-account-manager", "nobody")]
    public async Task Get_Compare_UnknownSlug_Returns404NamingIt(string url, string slug)
    {
        var document = await client.GetDocumentAsync(url, 404);

        Assert.Equal("Comparison not found", document.Find("h1").Folded());
        Assert.Contains($"\"{slug}\"", document.Find("#status-message").Folded(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/patient-relations-director")]
    [InlineData("/compare/Patient-Relations-Director-vs-patient-account-manager")]
    [InlineData("/compare/-vs-patient-account-manager")]
    [InlineData("/compare/a-vs-b-vs-c-vs-d-vs-e")]
    public async Task Get_Compare_MalformedAddress_Returns404WithHowAnAddressLooks(string url)
    {
        var document = await client.GetDocumentAsync(url, 404);

        Assert.Contains("names two to four occupations joined by \"-vs-\"", document.Find("#status-message").Folded(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_SameOccupationTwice_Returns400AndLinksToItsProfile()
    {
        var document = await client.GetDocumentAsync($"/compare/{Director}-vs-{Director}", 400);

        Assert.Equal("Patient relations director is in this comparison twice. Pick different occupations to compare, or read its profile.",
            document.Find("#status-message").Folded());
        Assert.NotNull(document.QuerySelector($"a[href='/occupations/{Director}']"));
    }

    [Fact]
    public async Task Get_ComparePicker_WithTwoChoices_RedirectsToTheComparison()
    {
        using var noRedirects = factory.CreateClientWithoutRedirects();

        var response = await noRedirects.GetAsync(new Uri($"/compare?a={Manager}&b={Director}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compare/{Manager}-vs-{Director}", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/compare?a=patient-relations-director&b=Patient+Relations+Director", "You chose the same occupation twice. Choose different occupations to compare.")]
    [InlineData("/compare?a=patient-relations-director&b=", "Choose at least two occupations to compare.")]
    [InlineData("/compare?a=patient-relations-director&b=astronaut+pilot",
        "We have no occupation called \"astronaut pilot\". Type part of its title and pick one of the suggestions, or search the list of occupations.")]
    public async Task Get_ComparePicker_BadChoice_Returns400WithMessageAndKeepsWhatWasTyped(string url, string message)
    {
        var document = await client.GetDocumentAsync(url, 400);

        Assert.Equal(message, document.Find("#picker-error").Folded());
        Assert.Equal("patient-relations-director", document.Find("#compare-a").GetAttribute("value"));
    }

    [Fact]
    public async Task Get_ComparePicker_UnknownState_Returns400OnThePickerInsteadOfRedirecting()
    {
        using var noRedirects = factory.CreateClientWithoutRedirects();

        using var response = await noRedirects.GetAsync(new Uri($"/compare?a={Manager}&b={Director}&state=ZZ", UriKind.Relative));
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("\"ZZ\" is not a state code. Give a two-letter code, in any case: AK, AL,", document.Find("#picker-error").Folded(), StringComparison.Ordinal);
        Assert.Equal(Manager, document.Find("#compare-a").GetAttribute("value"));
    }

    [Fact]
    public async Task Get_ComparePicker_StateWithSpacesInLowerCase_RedirectsWithItsCode()
    {
        using var noRedirects = factory.CreateClientWithoutRedirects();

        using var response = await noRedirects.GetAsync(new Uri($"/compare?a={Manager}&b={Director}&state=%C2%A0tx%09", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compare/{Manager}-vs-{Director}?state=TX", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("a=Patient+account+manager&b=patient-relations-director", $"/compare/{Manager}-vs-{Director}")]
    [InlineData("a=registered+nurses&b=Patient+account+manager&c=&d=Actors", $"/compare/registered-nurses-vs-{Manager}-vs-actors")]
    public async Task Get_ComparePicker_AcceptsTitlesInAnyCaseAndUpToFour(string query, string location)
    {
        using var noRedirects = factory.CreateClientWithoutRedirects();

        var response = await noRedirects.GetAsync(new Uri($"/compare?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ComparePicker_HasFourBoxesWithSuggestions()
    {
        var document = await client.GetDocumentAsync("/compare");

        var inputs = document.QuerySelectorAll(".compare-picker input[data-suggest=pick]");
        Assert.Equal(["a", "b", "c", "d"], inputs.Select(i => i.GetAttribute("name")));
        Assert.All(inputs, i => Assert.Equal("/occupations/suggest", i.GetAttribute("data-suggest-url")));
        Assert.All(inputs, i => Assert.NotNull(document.QuerySelector($"label[for='{i.Id}']")));
    }


    private static List<string> ColumnHeaders(IDocument document, string table) =>
        document.QuerySelectorAll($"#{table} thead th[data-occupation]").Select(th => th.VisibleText()).ToList();
}
