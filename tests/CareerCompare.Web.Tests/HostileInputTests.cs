using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Markup, quotes, SQL, NUL, very long and right-to-left text in every parameter: each reaches SQL only as a
/// parameter (the catalogue is intact afterwards, nothing matches by accident) and HTML only encoded (no element
/// of the payload appears; quoted back, it reads as the text typed, without control or direction characters).
/// </summary>
public sealed class HostileInputTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"'><img src=x onerror=alert(1)>",
        "' OR 1=1; DROP TABLE Occupations; --",
        "nurse\0<b>nul</b>",
        string.Concat(Enumerable.Repeat("<i>long</i>", 1000)),
        "\u202Egnp.exe\u202C ممرضة אחות",
    ];

    private const string Sorts = "relevance, title, title-desc, median-desc, median, salary-desc, salary, jobs-desc, jobs, growth-desc, growth, openings-desc, openings, exposure-desc, exposure, fit";

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var parameter in new[] { "q", "category", "min", "max", "sort", "page", "basis", "slug", "pair", "picker", "suggest" })
        {
            for (var i = 0; i < Payloads.Length; i++)
            {
                // NUL in a path never reaches the site: the server refuses it (ServerLimitsTests).
                if (!(parameter is "slug" or "pair" && Payloads[i].Contains('\0', StringComparison.Ordinal)))
                {
                    cases.Add(parameter, i);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_HostileText_IsEncodedAndOnlyASqlParameter(string parameter, int payloadIndex)
    {
        var payload = Payloads[payloadIndex];
        var text = Uri.EscapeDataString(payload);
        var (url, status, selector, message) = parameter switch
        {
            "q" => ($"/occupations?q={text}", payload.Length > 100 ? 400 : 200, payload.Length > 100 ? "#q-error" : "#result-count",
                payload.Length > 100 ? "Search text can be at most 100 characters long." : "0 occupations match."),
            "category" => ($"/occupations?category={text}", 400, "#category-error",
                $"There is no category called \"{Wording.Echo(payload.Trim())}\". Choose one from the list."),
            "min" => ($"/occupations?min={text}", 400, "#min-error",
                $"Minimum salary must be a whole number of dollars, like 50000 (you entered \"{Wording.Echo(payload)}\")."),
            "max" => ($"/occupations?max={text}", 400, "#max-error",
                $"Maximum salary must be a whole number of dollars, like 50000 (you entered \"{Wording.Echo(payload)}\")."),
            "sort" => ($"/occupations?sort={text}", 400, "#sort-error", $"Unknown sort order \"{Wording.Echo(payload.Trim())}\". Choose one of: {Sorts}."),
            "page" => ($"/occupations?page={text}", 400, "#page-error", "Page must be a whole number, 1 or more."),
            "basis" => ($"/occupations?basis={text}", 400, "#basis-error", $"Unknown salary basis \"{Wording.Echo(payload.Trim())}\". Choose median or mean."),
            // A "/" in a path stays "%2F" in the route value, so the quoted slug is not the payload itself.
            "slug" => ($"/occupations/{text}", 404, "#status-message", null),
            "pair" => ($"/compare/registered-nurses-vs-{text}", 404, "#status-message",
                "There is no comparison at this address. A comparison address names two to four occupations joined by \"-vs-\", "
                + "like /compare/patient-relations-director-vs-patient-account-manager."),
            "picker" => ($"/compare?a={text}&b=registered-nurses", 400, "#picker-error",
                $"We have no occupation called \"{Wording.Echo(payload.Trim())}\". Type part of its title and pick one of the suggestions, or search the list of occupations."),
            _ => ($"/occupations/suggest?q={text}", payload.Length > 100 ? 400 : 200, null, null),
        };

        using var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        foreach (var markup in new[] { "<script>alert", "<img src=x", "<b>nul</b>", "<i>long</i>", "\u202E", "\0" })
        {
            Assert.DoesNotContain(markup, body, StringComparison.Ordinal);
        }

        if (parameter == "suggest")
        {
            using var json = JsonDocument.Parse(body);
            Assert.Equal(status == 200 ? JsonValueKind.Array : JsonValueKind.Object, json.RootElement.ValueKind);
            Assert.Equal(0, status == 200 ? json.RootElement.GetArrayLength() : 0);
            return;
        }

        var document = await response.GetDocumentAsync();
        AssertNoInjectedElements(document);
        if (selector is not null && message is not null)
        {
            Assert.Equal(Folded(message), document.Find(selector).Folded());
        }
        else
        {
            Assert.StartsWith("We have no occupation called \"", document.Find("#status-message").Folded(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_HostileTextEverywhere_LeavesTheCatalogueWhole()
    {
        var client = factory.CreateClient();
        foreach (var payload in Payloads)
        {
            var text = Uri.EscapeDataString(payload);
            foreach (var url in new[] { $"/occupations?q={text}&sort=relevance", $"/compare?a={text}&b={text}", $"/occupations/suggest?q={text}" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            }
        }

        Assert.Equal(833, await factory.QueryAsync(db => db.Occupations.CountAsync()));
        var list = await client.GetDocumentAsync("/occupations");
        Assert.Equal("833 occupations · page 1 of 42.", list.Find("#result-count").Folded());
    }

    [Fact]
    public async Task Get_SearchWithLikeWildcards_MatchesThemLiterally()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/occupations?q=%25_%25");

        Assert.Equal("0 occupations match.", document.Find("#result-count").Folded());
    }

    private static void AssertNoInjectedElements(IHtmlDocument document)
    {
        Assert.Empty(document.QuerySelectorAll("img, b, i"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("onerror"));
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", s.OuterHtml));
        Assert.DoesNotContain(document.QuerySelectorAll("script[type='application/json']"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
    }

    private static string Folded(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
