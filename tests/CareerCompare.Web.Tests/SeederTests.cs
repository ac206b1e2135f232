using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Each test writes, so each gets its own database. The site starts on a seed folder holding only the seed
/// document, so these tests see the careers site's occupations alone (the official import fails for want of
/// its files, logs it and changes nothing).
/// </summary>
public sealed class SeederTests : IDisposable
{
    private readonly CareerCompareFactory factory = new();

    public SeederTests()
    {
        factory.SeedDirectory = CopySeedData();
        _ = factory.Server; // start the site: migrate and seed once
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Seed_Twice_LeavesOneCopyOfEverything()
    {
        await SeedAsync(SeedDocument.SeedDataDirectory);
        await SeedAsync(SeedDocument.SeedDataDirectory);

        Assert.Equal(2, await factory.QueryAsync(db => db.Occupations.CountAsync()));
        Assert.Equal(12, await factory.QueryAsync(async db => (await db.Occupations.Select(o => o.Skills).ToListAsync()).Sum(s => s.Count)));
        Assert.Equal(12, await factory.QueryAsync(async db => (await db.Occupations.Select(o => o.Responsibilities).ToListAsync()).Sum(r => r.Count)));
        Assert.Equal(16, await factory.QueryAsync(async db => (await db.Occupations.Select(o => new { o.Gender, o.Race }).ToListAsync()).Sum(o => o.Gender.Count + o.Race.Count)));
        Assert.Equal(2, await factory.QueryAsync(db => db.Occupations.Select(o => o.Slug).Distinct().CountAsync()));
    }

    [Fact]
    public async Task Seed_StoresUnknownsAsNullAndMoneyAsWholeUnits()
    {
        var manager = await factory.QueryAsync(db => db.Occupations.SingleAsync(o => o.Slug == SeedDocument.Manager));

        Assert.Null(manager.JobSatisfaction);
        Assert.Null(manager.HighestPayingCity);
        Assert.Null(manager.BestPayingCompany);
        Assert.Equal(70777, manager.YearlySalary);
        Assert.Equal(3403, manager.HourlyRateCents);
        Assert.Equal("careers-site estimates (Zippia)", manager.Source);
        Assert.Equal(1, await factory.QueryAsync(db => db.Occupations.CountAsync(o => o.YearlySalary >= 70777 && o.YearlySalary < 94921)));
    }

    [Fact]
    public async Task Seed_MalformedFile_NamesFileAndLineAndKeepsThePreviousData()
    {
        var broken = CopySeedData();
        var path = Path.Combine(broken, SeedDocumentSeeder.FileName);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        var salaryLine = lines.FindIndex(l => l.Contains("\"yearlySalary\": 94921", StringComparison.Ordinal));
        lines[salaryLine] = lines[salaryLine].Replace("94921", "\"lots\"", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => SeedAsync(broken));

        Assert.StartsWith($"seed-document.json: line {salaryLine + 1},", error.Message, StringComparison.Ordinal);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Seed_TruncatedFile_KeepsThePreviousData()
    {
        var broken = CopySeedData();
        var path = Path.Combine(broken, SeedDocumentSeeder.FileName);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text[..(text.Length / 2)]);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => SeedAsync(broken));

        Assert.StartsWith("seed-document.json: line ", error.Message, StringComparison.Ordinal);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Seed_MissingFile_SaysSoAndKeepsThePreviousData()
    {
        var empty = Directory.CreateDirectory(Path.Combine(factory.WorkDirectory, "empty")).FullName;

        var error = await Assert.ThrowsAsync<SeedDataException>(() => SeedAsync(empty));

        Assert.StartsWith("seed-document.json: file not found", error.Message, StringComparison.Ordinal);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Seed_InvalidFigure_NamesTheOccupationAndKeepsThePreviousData()
    {
        var broken = CopySeedData();
        var path = Path.Combine(broken, SeedDocumentSeeder.FileName);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("\"lgbtPercent\": 12", "\"lgbtPercent\": 120", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => SeedAsync(broken));

        Assert.Equal("seed-document.json: occupation 1 ('patient-relations-director'): lgbtPercent must be a percentage between 0 and 100.", error.Message);
        await AssertCatalogueIntactAsync();
    }

    [Fact]
    public async Task Seed_ChangedFile_ReplacesTheFiguresAndDropsRemovedOccupations()
    {
        var changed = CopySeedData();
        var path = Path.Combine(changed, SeedDocumentSeeder.FileName);
        var text = await File.ReadAllTextAsync(path);
        // Keep only the first occupation, with a new salary.
        var secondStart = text.IndexOf("    {\n      \"slug\": \"patient-account-manager\"", StringComparison.Ordinal);
        var trimmed = text[..secondStart].TrimEnd().TrimEnd(',') + "\n  ]\n}\n";
        await File.WriteAllTextAsync(path, trimmed.Replace("94921", "95000", StringComparison.Ordinal));

        await SeedAsync(changed);

        Assert.Equal([95000], await factory.QueryAsync(db => db.Occupations.Select(o => o.YearlySalary).ToListAsync()));
        Assert.Equal(6, await factory.QueryAsync(async db => (await db.Occupations.Select(o => o.Skills).ToListAsync()).Sum(s => s.Count)));
    }

    [Fact]
    public async Task StartUp_WithABrokenSeedFile_StillServesThePreviousCatalogue()
    {
        var broken = CopySeedData();
        await File.WriteAllTextAsync(Path.Combine(broken, SeedDocumentSeeder.FileName), "{ \"document\": ");
        using var restarted = new CareerCompareFactory { DatabasePath = factory.DatabasePath, SeedDirectory = broken };

        var document = await restarted.CreateClient().GetDocumentAsync("/occupations");

        Assert.Equal(2, document.QuerySelectorAll("#occupation-list tbody tr").Length);
    }

    private async Task SeedAsync(string directory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerCompareDbContext>();
        var seeder = new SeedDocumentSeeder(db, Options.Create(new SeedDataOptions { Directory = directory }), NullLogger<SeedDocumentSeeder>.Instance);
        await seeder.SeedAsync(force: true);
    }

    private async Task AssertCatalogueIntactAsync()
    {
        Assert.Equal([70777, 94921], await factory.QueryAsync(db => db.Occupations.OrderBy(o => o.YearlySalary).Select(o => o.YearlySalary).ToListAsync()));
        Assert.Equal(12, await factory.QueryAsync(async db => (await db.Occupations.Select(o => o.Skills).ToListAsync()).Sum(s => s.Count)));
    }

    private string CopySeedData() => factory.NewSeedFolder();
}
