using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>A site on real Kestrel with tight rate limits (3 requests a minute per client).</summary>
public sealed class TightLimitsFactory : CareerCompareFactory
{
    public TightLimitsFactory()
    {
        LimitRate(3, TimeSpan.FromMinutes(1));
        UseKestrel(0);
    }
}

/// <summary>
/// Kestrel's limits, the rate limiter and hostile requests the in-memory test server would not carry as sent (IPv6
/// clients, Host headers, forwarded schemes, odd methods), on a real socket. Each test is its own client
/// (X-Forwarded-For, which the site trusts from loopback) so the tests do not share a rate limit.
/// </summary>
public sealed class ServerLimitsTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Get_PastTheLimit_Answers429WithRetryAfterAndAMessage()
    {
        using var client = factory.CreateClientFrom("203.0.113.10");
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/occupations/registered-nurses", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/occupations", UriKind.Relative));
        var document = await refused.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many requests", document.Find("h1").Folded());
        Assert.Equal("You have asked for a lot of pages in a short time. Please wait a few seconds and try again.", document.Find("#status-message").Folded());
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.True(refused.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_JsonPastTheLimit_Answers429ProblemDetails()
    {
        using var client = factory.CreateClientFrom("203.0.113.11");
        client.DefaultRequestHeaders.Add("Accept", "application/json");
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(new Uri("/occupations/suggest?q=nur", UriKind.Relative))).Dispose();
        }

        using var refused = await client.GetAsync(new Uri("/occupations/suggest?q=nur", UriKind.Relative));
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", refused.Content.Headers.ContentType?.ToString());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Get_OneClientLimited_OtherClientsStillServed()
    {
        using var greedy = factory.CreateClientFrom("203.0.113.12");
        for (var i = 0; i < 4; i++)
        {
            (await greedy.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        }

        using var limited = await greedy.GetAsync(new Uri("/", UriKind.Relative));
        using var other = await factory.CreateClientFrom("203.0.113.13").GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/bootstrap/bootstrap.min.css")]
    public async Task Get_StaticFilesAndHealth_AreNeverLimited(string url)
    {
        using var client = factory.CreateClientFrom("203.0.113.14");
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Get_AnyResponse_HasNoServerHeader()
    {
        using var response = await factory.CreateClientFrom("203.0.113.15").GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Get_OverlongHeaders_Answers431()
    {
        using var client = factory.CreateClientFrom("203.0.113.16");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Padding", new string('a', 20_000));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Get_OverlongQueryString_Answers414()
    {
        using var response = await factory.CreateClientFrom("203.0.113.17").GetAsync(new Uri("/occupations?q=" + new string('a', 10_000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Theory]
    [InlineData("GET /occupations/nurse%00s HTTP/1.1")]
    [InlineData("GET /compare/registered-nurses-vs-%00 HTTP/1.1")]
    [InlineData("GET /../../appsettings.json HTTP/1.1")]
    [InlineData("GET /css/../../appsettings.json HTTP/1.1")]
    public async Task RawRequest_NulOrTraversalInPath_IsRefusedWithoutTheFile(string requestLine)
    {
        var answer = await SendRawAsync($"{requestLine}\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.18\r\nConnection: close\r\n\r\n");

        Assert.Matches(@"^HTTP/1\.1 (400|404) ", answer);
        Assert.DoesNotContain("ConnectionStrings", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nServer:", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Head_Page_SendsHeadersAndNoBody()
    {
        using var client = factory.CreateClientFrom("203.0.113.19");

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/occupations/registered-nurses", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private const string NoPage = "There is no page at this address. Browse the occupations or search for a title.";

    [Fact]
    public async Task Get_ManyAddressesOfOneIpv6Network_ShareOneLimit()
    {
        foreach (var address in new[] { "2001:db8:9:1::1", "2001:db8:9:1::2", "2001:db8:9:1:a:b:c:d" })
        {
            using var allowed = await factory.CreateClientFrom(address).GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await factory.CreateClientFrom("[2001:db8:9:1:ffff:ffff:ffff:ffff]:4711").GetAsync(new Uri("/", UriKind.Relative));
        using var otherNetwork = await factory.CreateClientFrom("2001:db8:9:2::1").GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    [Fact]
    public async Task Get_OneAddressWithManyScopeIds_SharesOneLimit()
    {
        for (var scope = 1; scope <= 3; scope++)
        {
            using var allowed = await factory.CreateClientFrom($"fe80::1%{scope}").GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await factory.CreateClientFrom("fe80::1%4").GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Get_Ipv4MappedAddress_SharesTheIpv4AddressLimit()
    {
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await factory.CreateClientFrom("::ffff:203.0.113.40").GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await factory.CreateClientFrom("203.0.113.40").GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/error", "203.0.113.50")]
    [InlineData("GET", "/error/500", "203.0.113.51")]
    [InlineData("POST", "/error/500", "203.0.113.52")]
    [InlineData("GET", "/error/200", "203.0.113.53")]
    [InlineData("GET", "/error/503", "203.0.113.54")]
    [InlineData("DELETE", "/error/429", "203.0.113.55")]
    [InlineData("HEAD", "/error/400", "203.0.113.56")]
    public async Task Direct_ErrorAddress_AnswersTheOrdinary404Page(string method, string url, string clientAddress)
    {
        using var response = await factory.CreateClientFrom(clientAddress).SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        if (method != "HEAD")
        {
            var document = await response.GetDocumentAsync();
            Assert.Equal("Page not found", document.Find("h1").Folded());
            Assert.Equal(NoPage, document.Find("#status-message").Folded());
        }
    }

    [Fact]
    public async Task Direct_ErrorAddress_CountsAgainstTheLimit()
    {
        using var client = factory.CreateClientFrom("203.0.113.57");
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/error/404", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/error/500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many requests", (await refused.GetDocumentAsync()).Find("h1").Folded());
    }

    [Theory]
    [InlineData("/health/live", "DELETE", "203.0.113.70")]
    [InlineData("/health/live", "POST", "203.0.113.71")]
    [InlineData("/health/ready", "PUT", "203.0.113.72")]
    [InlineData("/health/ready", "PATCH", "203.0.113.73")]
    [InlineData("/health/ready", "OPTIONS", "203.0.113.74")]
    [InlineData("/health/live", "TRACE", "203.0.113.75")]
    public async Task OtherMethod_Health_Answers405WithAllow(string url, string method, string clientAddress)
    {
        using var client = factory.CreateClientFrom(clientAddress);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = method is "POST" or "PUT" or "PATCH" ? new StringContent("{}") : null,
        };

        using var response = await client.SendAsync(request);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/occupations/actors")]
    [InlineData("/sitemap.xml")]
    [InlineData("/api/v1/occupations/actors")]
    public async Task Get_UnknownHost_IsRefusedWithoutEchoingIt(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-For", "203.0.113.61");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost", "203.0.113.80")]
    [InlineData("127.0.0.1", "203.0.113.81")]
    [InlineData("[::1]", "203.0.113.82")]
    public async Task Get_LocalHost_WritesAddressesOnThatHost(string host, string clientAddress)
    {
        var port = factory.CreateClient().BaseAddress!.Port;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/robots.txt", UriKind.Relative));
        request.Headers.Host = $"{host}:{port}";
        request.Headers.Add("X-Forwarded-For", clientAddress);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"\nSitemap: http://{host}:{port}/sitemap.xml\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript", "http", "203.0.113.90")]
    [InlineData("data", "http", "203.0.113.91")]
    [InlineData("ftp", "http", "203.0.113.92")]
    [InlineData("https", "https", "203.0.113.93")]
    [InlineData("http", "http", "203.0.113.94")]
    public async Task Get_ForwardedScheme_OnlyHttpOrHttpsReachesAddresses(string forwarded, string scheme, string clientAddress)
    {
        using var client = factory.CreateClientFrom(clientAddress);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwarded);
        var origin = $"{scheme}://{client.BaseAddress!.Authority}";

        var document = await client.GetDocumentAsync("/occupations/actors");
        using var robots = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal($"{origin}/occupations/actors", document.Find("link[rel=canonical]").GetAttribute("href"));
        Assert.Equal($"{origin}/occupations/actors", document.Find("meta[property='og:url']").GetAttribute("content"));
        Assert.Contains($"\nSitemap: {origin}/sitemap.xml\n", await robots.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> SendRawAsync(string request)
    {
        var address = factory.CreateClient().BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
