using System.Net;
using System.Text.Json;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerCompare.Web.Tests;

/// <summary>Every kind of bad address, each with the status and the message it must get; none answers 500.</summary>
public sealed class BadInputTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private const string NoComparison = "There is no comparison at this address. A comparison address names two to four occupations joined by \"-vs-\", "
        + "like /compare/patient-relations-director-vs-patient-account-manager.";

    private const string NoPage = "There is no page at this address. Browse the occupations or search for a title.";

    private const string Sorts = "relevance, title, title-desc, median-desc, median, salary-desc, salary, jobs-desc, jobs, growth-desc, growth, openings-desc, openings, exposure-desc, exposure, fit";

    private static readonly string Fifty = string.Join("-vs-", Enumerable.Repeat("registered-nurses", 50));

    /// <summary>Address, status, the element holding the message, the message.</summary>
    public static TheoryData<string, int, string, string> Cases => new()
    {
        // Slugs.
        { "/occupations/no-such-occupation", 404, "#status-message",
            "We have no occupation called \"no-such-occupation\". Browse the list of occupations or search for another title." },
        { "/occupations/Not_A_Slug!", 404, "#status-message",
            "We have no occupation called \"Not_A_Slug!\". Browse the list of occupations or search for another title." },
        { "/occupations/" + new string('a', 300), 404, "#status-message",
            $"We have no occupation called \"{new string('a', 40)}…\". Browse the list of occupations or search for another title." },
        { "/compare/registered-nurses-vs-no-such-occupation", 404, "#status-message",
            "We have no occupation called \"no-such-occupation\". Search for the occupations you want, or pick them in the comparison form." },
        { "/compare/registered-nurses-vs-Bad_Slug", 404, "#status-message", NoComparison },

        // The same occupation twice; lists of 1, 5 and 50 occupations; none.
        { "/compare/registered-nurses-vs-registered-nurses", 400, "#status-message",
            "Registered Nurses is in this comparison twice. Pick different occupations to compare, or read its profile." },
        { "/compare/registered-nurses", 404, "#status-message", NoComparison },
        { "/compare/registered-nurses-vs-actors-vs-software-developers-vs-accountants-and-auditors-vs-" + SeedDocument.Director, 404, "#status-message", NoComparison },
        { "/compare/" + Fifty, 404, "#status-message", NoComparison },
        { "/compare/-vs-", 404, "#status-message", NoComparison },
        { "/compare?a=registered-nurses&b=", 400, "#picker-error", "Choose at least two occupations to compare." },
        { "/compare?a=registered-nurses&b=registered-nurses", 400, "#picker-error", "You chose the same occupation twice. Choose different occupations to compare." },

        // Repeated settings.
        { "/occupations?min=1&min=2", 400, "#status-message", "The address gives \"min\" 2 times. Give each setting once." },
        { "/occupations?page=1&page=2&page=3", 400, "#status-message", "The address gives \"page\" 3 times. Give each setting once." },
        { "/compare?a=actors&a=registered-nurses", 400, "#status-message", "The address gives \"a\" 2 times. Give each setting once." },

        // Salary bounds.
        { "/occupations?min=abc", 400, "#min-error", "Minimum salary must be a whole number of dollars, like 50000 (you entered \"abc\")." },
        { "/occupations?max=-5", 400, "#max-error", "Maximum salary cannot be negative." },
        { "/occupations?min=50000.50", 400, "#min-error", "Minimum salary must be a whole number of dollars, like 50000 (you entered \"50000.50\")." },
        { "/occupations?min=1e309", 400, "#min-error", "Minimum salary must be a whole number of dollars, like 50000 (you entered \"1e309\")." },
        { "/occupations?max=12345678901234567890", 400, "#max-error", "Maximum salary can be at most $10,000,000 a year." },
        { "/occupations?min=90000&max=50000", 400, "#min-error", "Minimum salary ($90,000) is above the maximum salary ($50,000)." },

        // Pages and sorting.
        { "/occupations?page=0", 400, "#page-error", "Page must be a whole number, 1 or more." },
        { "/occupations?page=-3", 400, "#page-error", "Page must be a whole number, 1 or more." },
        { "/occupations?page=2.5", 400, "#page-error", "Page must be a whole number, 1 or more." },
        { "/occupations?page=99999999999999999999", 400, "#page-error", "Page must be a whole number, 1 or more." },
        { "/occupations?page=43", 404, "#page-error", "Page 43 does not exist: these results fill 42 pages." },
        { "/occupations?sort=cheapest", 400, "#sort-error", $"Unknown sort order \"cheapest\". Choose one of: {Sorts}." },
        { "/occupations?basis=mode", 400, "#basis-error", "Unknown salary basis \"mode\". Choose median or mean." },
        { "/occupations?q=" + new string('x', 101), 400, "#q-error", "Search text can be at most 100 characters long." },
        { "/occupations?category=Nowhere", 400, "#category-error", "There is no category called \"Nowhere\". Choose one from the list." },

        // Path traversal towards files outside wwwroot.
        { "/css/..%2F..%2Fappsettings.json", 404, "#status-message", NoPage },
        { "/..%2Fappsettings.json", 404, "#status-message", NoPage },
        { "/lib/%2e%2e%2f%2e%2e%2fProgram.cs", 404, "#status-message", NoPage },
        { "/css/..%5C..%5Cappsettings.json", 404, "#status-message", NoPage },
        { "/appsettings.json", 404, "#status-message", NoPage },
        { "/lib/", 404, "#status-message", NoPage },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_BadAddress_AnswersItsStatusAndMessage(string url, int status, string selector, string message)
    {
        var document = await factory.CreateClient().GetDocumentAsync(url, status);

        Assert.Equal(message, document.Find(selector).Folded());
        Assert.DoesNotContain("ConnectionStrings", document.Source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/occupations?q=nurse")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData(SeedDocument.ComparisonUrl)]
    [InlineData("/compare")]
    [InlineData("/occupations/suggest?q=nur")]
    public async Task Head_Page_AnswersLikeGet(string url)
    {
        using var client = factory.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.True(head.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Head_UnknownPage_Answers404()
    {
        using var head = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/occupations/no-such-occupation", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/occupations")]
    [InlineData("PUT", "/occupations/registered-nurses")]
    [InlineData("DELETE", "/occupations/registered-nurses")]
    [InlineData("PATCH", SeedDocument.ComparisonUrl)]
    [InlineData("OPTIONS", "/compare")]
    [InlineData("TRACE", "/")]
    [InlineData("PROPFIND", "/occupations")]
    public async Task OtherMethod_Page_Answers405WithItsMessage(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = method is "POST" or "PUT" or "PATCH" ? new StringContent("<x>' OR 1=1 --</x>") : null,
        };

        using var response = await factory.CreateClient().SendAsync(request);
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("This page can only be read, not sent to.", document.Find("#status-message").Folded());
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    /// <summary>A blank path segment: spaces, a tab, a no-break space, as typed (encoded) and as the site reads it.</summary>
    public static TheoryData<string, string> BlankSegments => new()
    {
        { "%20", " " },
        { "%20%20", "  " },
        { "%09", "\t" },
        { "%C2%A0", "\u00A0" },
    };

    [Theory]
    [MemberData(nameof(BlankSegments))]
    public async Task Get_BlankSlug_AnswersThe404PageAndProblemDetailsWithTheSiteMessage(string encoded, string decoded)
    {
        var logs = new LogCollector();
        using var site = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var client = site.CreateClient();
        var notFound = $"We have no occupation called \"{Wording.Echo(decoded)}\". Browse the list of occupations or search for another title.";

        var page = await client.GetDocumentAsync($"/occupations/{encoded}", 404);
        var comparePage = await client.GetDocumentAsync($"/compare/{encoded}", 404);
        using var api = await client.GetAsync(new Uri($"/api/v1/occupations/{encoded}", UriKind.Relative));
        using var compare = await client.GetAsync(new Uri($"/api/v1/compare/{encoded}", UriKind.Relative));
        using var compareCsv = await client.GetAsync(new Uri($"/api/v1/compare/{encoded}.csv", UriKind.Relative));

        Assert.Equal("Occupation not found", page.Find("h1").Folded());
        Assert.Equal(Fold(notFound), page.Find("#status-message").Folded());
        Assert.Equal(NoComparison, comparePage.Find("#status-message").Folded());
        await AssertProblemAsync(api, 404, "Occupation not found", notFound);
        await AssertProblemAsync(compare, 404, "Comparison not found", NoComparison);
        await AssertProblemAsync(compareCsv, 404, "Comparison not found", NoComparison);
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal));
    }

    /// <summary>The plain address (read twice, so it is in the output cache), then the same with a setting given twice.</summary>
    public static TheoryData<string, string, string> RepeatedSettings => new()
    {
        { "/occupations", "/occupations?zz=1&zz=2", "zz" },
        { "/occupations?q=nurse", "/occupations?q=nurse&q=judge", "q" },
        { "/", "/?a=1&a=2", "a" },
        { "/occupations/registered-nurses", "/occupations/registered-nurses?x=1&x=2", "x" },
        { SeedDocument.ComparisonUrl, SeedDocument.ComparisonUrl + "?sort=1&sort=2", "sort" },
        { "/compare?a=actors", "/compare?a=actors&zz=1&zz=2", "zz" },
        { "/sitemap.xml", "/sitemap.xml?zz=&zz=", "zz" },
        { "/api", "/api?zz=1&zz=2", "zz" },
        { "/occupations/suggest?q=pilot", "/occupations/suggest?q=pilot&q=judge", "q" },
        { "/api/v1/occupations", "/api/v1/occupations?zz=1&zz=2", "zz" },
        { "/api/v1/occupations.csv", "/api/v1/occupations.csv?zz=1&zz=2", "zz" },
        { "/api/v1/occupations/registered-nurses", "/api/v1/occupations/registered-nurses?zz=1&zz=2", "zz" },
        { "/api/v1/compare/actors-vs-registered-nurses", "/api/v1/compare/actors-vs-registered-nurses?zz=1&zz=2&zz=3", "zz" },
    };

    [Theory]
    [MemberData(nameof(RepeatedSettings))]
    public async Task Get_SettingGivenTwice_Answers400WhateverTheCacheHolds(string plain, string repeated, string key)
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var warm = await client.GetAsync(new Uri(plain, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        using var response = await client.GetAsync(new Uri(repeated, UriKind.Relative));
        var count = repeated.Split('?')[1].Split('&').Count(p => p.Split('=')[0].Equals(key, StringComparison.OrdinalIgnoreCase));
        var message = $"The address gives \"{key}\" {count} times. Give each setting once.";

        if (plain.StartsWith("/api/v1/", StringComparison.Ordinal) || plain.Contains("/suggest", StringComparison.Ordinal))
        {
            await AssertProblemAsync(response, 400, "Bad request", message);
        }
        else
        {
            var document = await response.GetDocumentAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Bad request", document.Find("h1").Folded());
            Assert.Equal(message, document.Find("#status-message").Folded());
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string title, string detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
