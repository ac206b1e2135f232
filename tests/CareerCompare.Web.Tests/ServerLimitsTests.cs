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
        Settings["RateLimiting:Enabled"] = "true";
        Settings["RateLimiting:PermitLimit"] = "3";
        Settings["RateLimiting:Window"] = "00:01:00";
        UseKestrel(0);
    }
}

/// <summary>
/// Kestrel's limits and the rate limiter, on a real socket. Each test is its own client (X-Forwarded-For, which
/// the site trusts from loopback) so the tests do not share a rate limit.
/// </summary>
public sealed class ServerLimitsTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Get_PastTheLimit_Answers429WithRetryAfterAndAMessage()
    {
        using var client = Client("203.0.113.10");
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
        using var client = Client("203.0.113.11");
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
        using var greedy = Client("203.0.113.12");
        for (var i = 0; i < 4; i++)
        {
            (await greedy.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        }

        using var limited = await greedy.GetAsync(new Uri("/", UriKind.Relative));
        using var other = await Client("203.0.113.13").GetAsync(new Uri("/", UriKind.Relative));

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
        using var client = Client("203.0.113.14");
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Get_AnyResponse_HasNoServerHeader()
    {
        using var response = await Client("203.0.113.15").GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Get_OverlongHeaders_Answers431()
    {
        using var client = Client("203.0.113.16");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Padding", new string('a', 20_000));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Get_OverlongQueryString_Answers414()
    {
        using var response = await Client("203.0.113.17").GetAsync(new Uri("/occupations?q=" + new string('a', 10_000), UriKind.Relative));

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
        using var client = Client("203.0.113.19");

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/occupations/registered-nurses", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private HttpClient Client(string clientAddress)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
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
