using System.Net;
using System.Text.Json;
using CareerCompare.Web.Hosting;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCompare.Web.Tests;

/// <summary>The headers on every response, pages free of inline code, and errors that tell nothing of the inside.</summary>
public sealed class SecurityHeadersTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    public static TheoryData<string, int, string> Responses => new()
    {
        { "/", 200, "text/html; charset=utf-8" },
        { "/occupations?q=nurse", 200, "text/html; charset=utf-8" },
        { "/occupations/registered-nurses", 200, "text/html; charset=utf-8" },
        { SeedDocument.ComparisonUrl, 200, "text/html; charset=utf-8" },
        { "/compare", 200, "text/html; charset=utf-8" },
        { "/no/such/page", 404, "text/html; charset=utf-8" },
        { "/occupations?min=abc", 400, "text/html; charset=utf-8" },
        { "/occupations/suggest?q=nurse", 200, "application/json; charset=utf-8" },
        { "/occupations/suggest?q=", 400, "application/problem+json; charset=utf-8" },
        { "/css/site.css", 200, "text/css; charset=utf-8" },
        { "/js/charts.js", 200, "text/javascript; charset=utf-8" },
        { "/favicon.svg", 200, "image/svg+xml; charset=utf-8" },
        { "/health/live", 200, "text/plain; charset=utf-8" },
        { "/health/ready", 200, "text/plain; charset=utf-8" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Get_AnyResponse_CarriesTheSecurityHeadersAndACharset(string url, int status, string contentType)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over HTTPS.");
    }

    [Fact]
    public async Task Get_HostNotAllowed_Answers400WithTheSecurityHeaders()
    {
        // The framework's host filtering answers before any of the site's own middleware would run.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example/") });

        using var response = await client.GetAsync(new Uri("/occupations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Get_OverHttps_SendsHsts()
    {
        // HSTS is never sent to local names, so the site is given its public one, as in production.
        using var site = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AllowedHosts"] = "careercompare.example" })));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careercompare.example/") });

        using var response = await client.GetAsync(new Uri("/occupations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/occupations?min=50000&sort=salary-desc")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/occupations/" + SeedDocument.Director)]
    [InlineData(SeedDocument.ComparisonUrl)]
    [InlineData("/compare/registered-nurses-vs-software-developers-vs-actors-vs-accountants-and-auditors")]
    [InlineData("/compare?a=registered-nurses")]
    [InlineData("/no/such/page")]
    public async Task Get_Page_HasNoInlineScriptOrStyle(string url)
    {
        var document = await factory.CreateClient().GetDocumentAsync(url, url.StartsWith("/no/", StringComparison.Ordinal) ? 404 : 200);

        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.True(
            script.GetAttribute("src") is { } src ? src.StartsWith("/js/", StringComparison.Ordinal) || src.StartsWith("/lib/", StringComparison.Ordinal)
                : script.GetAttribute("type") is "application/json" or "application/ld+json", // data blocks: never run
            $"An inline script that would run: {script.OuterHtml[..Math.Min(200, script.OuterHtml.Length)]}"));
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Empty(document.QuerySelectorAll("a[href^='javascript:']"));
    }

    [Fact]
    public async Task Get_PageThatThrows_ShowsTheFriendlyErrorPageAndNothingOfTheException()
    {
        using var throwing = Throwing();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/occupations/registered-nurses", UriKind.Relative));
        request.Headers.Add(ThrowFilter.Header, "1");

        using var response = await throwing.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", document.Find("h1").Folded());
        Assert.Equal("Sorry, this page could not be shown. Please try again in a moment.", document.Find("#status-message").Folded());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        AssertNothingLeaked(html);
    }

    [Fact]
    public async Task Get_JsonThatThrows_AnswersProblemDetailsAndNothingOfTheException()
    {
        using var throwing = Throwing();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/occupations/suggest?q=nurse", UriKind.Relative));
        request.Headers.Add(ThrowFilter.Header, "1");
        request.Headers.Add("Accept", "application/json");

        using var response = await throwing.CreateClient().SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(json);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Something went wrong", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("Sorry, this page could not be shown. Please try again in a moment.", problem.RootElement.GetProperty("detail").GetString());
        AssertNothingLeaked(json);
    }

    [Fact]
    public async Task Get_UnknownApiAddress_AnswersProblemDetails404()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v0/nothing", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Page not found", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    private static void AssertNothingLeaked(string body)
    {
        foreach (var secret in new[] { ThrowFilter.Secret, "InvalidOperationException", "Exception", "Microsoft.", "System.", "ASP.NET", "Kestrel", "stack", " at CareerCompare" })
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private WebApplicationFactory<Program> Throwing() => factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowFilter()))));

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}).");

    /// <summary>Throws from inside any action when the request asks for it: the unexpected fault a test needs.</summary>
    private sealed class ThrowFilter : IActionFilter
    {
        public const string Header = "X-Test-Throw";
        public const string Secret = "Data Source=/secret/path.db";

        public void OnActionExecuting(ActionExecutingContext context)
        {
            // Not on the error page itself: the exception handler re-runs the request there, header and all.
            if (context.HttpContext.Request.Headers.ContainsKey(Header) && context.Controller is not Controllers.ErrorController)
            {
                throw new InvalidOperationException($"Boom with {Secret}");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
