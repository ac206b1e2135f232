using System.IO.Compression;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// The built site run in Production as a process of its own (as <c>dotnet run -c Release</c> without a launch
/// profile runs it): every stylesheet, script and image a page links, Chart.js included, is the file in wwwroot,
/// whether the browser accepts Brotli and gzip or not.
/// </summary>
public sealed partial class ProductionAssetsTests(ProductionAssetsTests.BuiltSite site) : IClassFixture<ProductionAssetsTests.BuiltSite>
{
    private const string BrowserEncodings = "br, gzip";

    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    internal static string WebRoot => Path.GetFullPath(Path.Combine(
        typeof(ProductionAssetsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestProjectDirectory").Value!,
        "..", "..", "src", "CareerCompare.Web", "wwwroot"));

    [Theory]
    [InlineData("/", BrowserEncodings)]
    [InlineData("/", null)]
    [InlineData("/compare/registered-nurses-vs-software-developers", BrowserEncodings)]
    [InlineData("/compare/registered-nurses-vs-software-developers", null)]
    public async Task Get_EveryAssetThePageLinks_IsTheFileInWwwroot(string page, string? acceptEncoding)
    {
        using var client = site.Process.CreateClient();
        var document = await ParseAsync(client, page);
        var assets = AssetAddresses(document);
        Assert.Contains(assets, address => address.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, address => address.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, address => address.EndsWith(".svg", StringComparison.Ordinal));
        if (page.StartsWith("/compare/", StringComparison.Ordinal))
        {
            Assert.Contains(document.ChartLibrary(), assets);
        }

        foreach (var address in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
            if (acceptEncoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            var file = FileOf(address);
            var extension = Path.GetExtension(file);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {(int)response.StatusCode}");
            Assert.True(body.Length > 0, $"{address} ({acceptEncoding ?? "no Accept-Encoding"}): empty body, Content-Length {response.Content.Headers.ContentLength}");
            Assert.True(MediaTypes[extension] == response.Content.Headers.ContentType?.MediaType, $"{address}: Content-Type {response.Content.Headers.ContentType}");
            if (acceptEncoding is null)
            {
                Assert.True(encoding is null, $"{address}: Content-Encoding {encoding} to a client that accepts none");
            }
            else if (extension is ".css" or ".js")
            {
                Assert.True(encoding is "br" or "gzip", $"{address}: Content-Encoding '{encoding}' to a client that accepts {acceptEncoding}");
            }

            // Fingerprinted addresses never change content: browsers may keep them for a year without asking again.
            Assert.True(response.Headers.CacheControl is { MaxAge.TotalDays: >= 365 } cache && cache.Extensions.Any(e => e.Name == "immutable"), $"{address}: Cache-Control {response.Headers.CacheControl}");
            var expected = await File.ReadAllBytesAsync(Path.Combine(WebRoot, file));
            Assert.True(expected.AsSpan().SequenceEqual(Decode(body, encoding)), $"{address} ({encoding ?? "identity"}, {body.Length} bytes) does not decode to wwwroot/{file} ({expected.Length} bytes)");
            if (encoding is not null)
            {
                Assert.True(body.Length < expected.Length, $"{address}: {encoding} answer of {body.Length} bytes for a file of {expected.Length}");
            }
        }
    }

    internal static async Task<IHtmlDocument> ParseAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every local address of a stylesheet, icon, script or image on the page, Chart.js's included.</summary>
    internal static List<string> AssetAddresses(IHtmlDocument document)
    {
        var links = document.QuerySelectorAll("link[rel~=stylesheet][href], link[rel~=icon][href]").Select(link => link.GetAttribute("href"));
        var sources = document.QuerySelectorAll("script[src], img[src]").Select(element => element.GetAttribute("src"));
        return [.. links.Concat(sources).Append(document.ChartLibrary())
            .OfType<string>()
            .Where(address => address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The file behind a fingerprinted address: "/css/site.is3w12rxbg.css" is wwwroot/css/site.css.</summary>
    internal static string FileOf(string address)
    {
        var match = Fingerprinted().Match(address);
        Assert.True(match.Success, $"{address} is not a fingerprinted address");
        return match.Groups["name"].Value + match.Groups["extension"].Value;
    }

    internal static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new Xunit.Sdk.XunitException($"Unexpected Content-Encoding {encoding}"),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex(@"^/(?<name>.+)\.[a-z0-9]{10}(?<extension>\.[a-z]+)$")]
    private static partial Regex Fingerprinted();

    /// <summary>The built site (the test's own output folder, as a build lays it out) started once for the class.</summary>
    public class BuiltSite : IAsyncLifetime
    {
        protected virtual string Environment => "Production";

        private readonly string directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "careercompare-tests", Guid.NewGuid().ToString("N"))).FullName;

        public SiteProcess Process { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            // On a copy of the run's imported catalogue: the start-up finds it up to date and imports nothing.
            var database = Path.Combine(directory, "careercompare.db");
            ImportedCatalogue.CopyTo(database);
            Process = SiteProcess.Start(database, environment: Environment);
            await Process.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        }

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A file the killed process still held; the temp folder is cleaned later.
            }
        }
    }
}

/// <summary>
/// The built site run in Development (<c>--launch-profile Development</c>): the style sheets and scripts a page links
/// decode to the files in wwwroot under the encoding the answer names. With ReloadStaticAssetsAtRuntime on, the
/// framework sent the build's Brotli copies gzipped again under "br", and pages loaded unstyled.
/// </summary>
public sealed class DevelopmentAssetsTests(DevelopmentAssetsTests.DevelopmentSite site) : IClassFixture<DevelopmentAssetsTests.DevelopmentSite>
{
    [Theory]
    [InlineData("br, gzip")]
    [InlineData("gzip")]
    [InlineData(null)]
    public async Task Get_EveryStyleSheetAndScript_DecodesToTheFileInWwwroot(string? acceptEncoding)
    {
        using var client = site.Process.CreateClient();
        var assets = ProductionAssetsTests.AssetAddresses(await ProductionAssetsTests.ParseAsync(client, "/"))
            .Where(address => address.EndsWith(".css", StringComparison.Ordinal) || address.EndsWith(".js", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, address => address.EndsWith(".css", StringComparison.Ordinal));
        foreach (var address in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
            if (acceptEncoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }

            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            var expected = await File.ReadAllBytesAsync(Path.Combine(ProductionAssetsTests.WebRoot, ProductionAssetsTests.FileOf(address)));
            byte[] decoded;
            try
            {
                decoded = ProductionAssetsTests.Decode(body, encoding);
            }
            catch (InvalidDataException e)
            {
                throw new Xunit.Sdk.XunitException($"{address} ({acceptEncoding ?? "no Accept-Encoding"}): the body is not {encoding}: {e.Message}");
            }

            Assert.True(expected.AsSpan().SequenceEqual(decoded), $"{address} ({encoding ?? "identity"}) does not decode to the file in wwwroot");
        }
    }

    /// <summary>The built site started once for the class, in Development.</summary>
    public sealed class DevelopmentSite : ProductionAssetsTests.BuiltSite
    {
        protected override string Environment => "Development";
    }
}
