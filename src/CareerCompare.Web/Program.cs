using System.Text.Encodings.Web;
using System.Text.Unicode;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Hosting;
using CareerCompare.Web.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);
// A build (dotnet run, or CareerCompare.Web.dll in bin/) keeps its compressed static files in obj/, listed in the
// build's static web assets manifest, which the framework reads only in Development: read it in every environment, or
// MapStaticAssets answers 200 with an empty body. A published site has no such manifest (its wwwroot holds every
// file), so this does nothing there. ReloadStaticAssetsAtRuntime stays off in every environment: in Development the
// framework's handler for it gzips the build's Brotli copies again and sends them labelled "br" (pages then load
// without their style sheets; dotnet/aspnetcore#56742). A file edited after the build is served after the next build
// (dotnet watch rebuilds on save).
builder.WebHost.UseStaticWebAssets();

// A page's sections (Views/Sections/_PaySection…) are partials any controller's view can name.
builder.Services.AddControllersWithViews()
    .AddRazorOptions(options => options.ViewLocationFormats.Add("/Views/Sections/{0}.cshtml"));
// Pages are UTF-8: "·", "–" and curly quotes are written as characters, not as numeric entities. Bidirectional
// controls that could reorder what a visitor typed stay encoded.
builder.Services.Configure<WebEncoderOptions>(options =>
{
    var settings = new TextEncoderSettings(UnicodeRanges.All);
    settings.ForbidCharacters('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
    options.TextEncoderSettings = settings;
});
builder.Services.Configure<SeedDataOptions>(builder.Configuration.GetSection(SeedDataOptions.SectionName));
builder.Services.AddDbContextPool<CareerCompareDbContext>((services, options) =>
{
    var connectionString = ResolveConnectionString(services);
    options.UseSqlite(connectionString);
    if (DatabaseFile.PathOf(connectionString) is { } path)
    {
        options.AddInterceptors(new PooledFileGuard(path));
    }
});
builder.Services.AddScoped<SeedDocumentSeeder>();
builder.Services.AddScoped<OfficialCatalogueImporter>();
builder.Services.AddScoped<HomeService>();
builder.Services.AddScoped<OccupationListService>();
builder.Services.AddScoped<OccupationProfileService>();
builder.Services.AddScoped<ComparisonService>();
builder.Services.AddScoped<SuggestionService>();
builder.Services.AddScoped<OpenDataService>();
builder.Services.AddScoped<SitemapService>();
builder.Services.AddScoped<StateService>();
builder.Services.AddScoped<DataSources>();
builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection(SiteOptions.SectionName));
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<SiteUrls>();
builder.Services.AddProblemDetails();
// The OpenAPI document describes the JSON API and the CSV files (/api/v1), not the pages.
builder.Services.AddOpenApi(options =>
{
    options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "CareerCompare open data";
        document.Info.Description = "Occupations, their figures with source and vintage, and comparisons, as JSON and CSV. Read /api for a guide.";
        return Task.CompletedTask;
    });
});
builder.AddHardening();
builder.AddPerformance();

var app = builder.Build();

// Hardening: the real client first. The headers every response carries (error pages and the framework's host
// filtering's 400 included) are set by the outermost middleware (AddSecurityHeaders, in AddHardening).
app.UseForwardedClient();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseRouting();
app.UseRateLimiter();
// Before the cache: a repeated query key is refused whatever the cache holds for the address without it.
app.UseSingleValuedQuery();
app.UseOutputCache();
// Compression inside the output cache: the cache keeps the compressed bytes (one entry per encoding chosen) and a hit
// is sent as stored, instead of being compressed again on every request.
app.UseResponseCompression();
// After the cache: only answers it does not hold spend the budget of costly ones (CSV files, large comparisons, states).
app.UseExpensiveRequestLimit();
app.MapHealthEndpoints();
// Static files are endpoints with fingerprinted addresses (cached as immutable), compressed at build time and
// exempt from the rate limiter; the views link to their fingerprinted names.
app.MapStaticAssets().DisableRateLimiting();
app.MapControllers().WithStaticAssets();
app.MapOpenApi();

// "import" refreshes the catalogue from seed-data/ (even when the files look unchanged) and exits.
if (args.Length > 0 && args[0] == "import")
{
    return await app.Services.InitializeDatabaseAsync(force: true) ? 0 : 1;
}

await app.Services.InitializeDatabaseAsync();
await app.RunAsync();
return 0;

// A relative "Data Source" is taken from the site's content root, so the database lands in
// src/CareerCompare.Web/App_Data wherever the site is started from.
static string ResolveConnectionString(IServiceProvider services)
{
    var configured = services.GetRequiredService<IConfiguration>().GetConnectionString("CareerCompare")
        ?? throw new InvalidOperationException("The connection string 'CareerCompare' is not configured.");
    // No creating the file at run time: a missing file is an error page until it is back, not a new empty
    // database (start-up creates it). Connections are pooled; PooledFileGuard empties the pool when the file changes.
    var connection = new SqliteConnectionStringBuilder(configured);
    if (connection.Mode == SqliteOpenMode.ReadWriteCreate)
    {
        connection.Mode = SqliteOpenMode.ReadWrite;
    }

    if (!string.IsNullOrEmpty(connection.DataSource) && connection.DataSource != ":memory:" && !Path.IsPathRooted(connection.DataSource))
    {
        connection.DataSource = Path.Combine(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, connection.DataSource);
    }

    return connection.ToString();
}

/// <summary>The web application's entry point; public so tests can host it.</summary>
public partial class Program;
