using CareerCompare.Web.Data;
using CareerCompare.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Tests;

/// <summary>
/// An import made by another process while the site runs is read on the very next request: the store sees the file's
/// size or last-write time move, finds new import records and reads the catalogue again before answering, without
/// waiting for the periodic check (set to an hour here) and without the output cache in the way.
/// </summary>
public sealed class CatalogueRefreshTests
{
    [Fact]
    public async Task ImportByAnotherProcess_WhileRunning_NextRequestShowsTheNewFigures()
    {
        using var site = new CareerCompareFactory();
        site.Settings["OutputCache:Enabled"] = "false";
        site.Settings["OutputCache:CatalogueCheckInterval"] = "01:00:00";
        var client = site.CreateClient();
        Assert.Equal("Orthodontists", (await client.GetDocumentAsync("/occupations/orthodontists")).Find("h1").Folded());
        var texasMean = (await client.GetDocumentAsync("/states/texas")).Find("#all-mean").Folded();
        Assert.NotEqual("$123,456", texasMean);

        // Changed without recording an import: the catalogue in memory stays (it changes only with an import).
        await site.QueryAsync(async db =>
        {
            await db.Occupations.Where(o => o.Slug == "orthodontists").ExecuteUpdateAsync(o => o.SetProperty(x => x.Title, "Orthodontists (revised)"));
            return await db.States.Where(s => s.Code == "TX").ExecuteUpdateAsync(s => s.SetProperty(x => x.AllOccupationsMeanYearly, 123_456));
        });
        Assert.Equal("Orthodontists", (await client.GetDocumentAsync("/occupations/orthodontists")).Find("h1").Folded());
        Assert.Equal(texasMean, (await client.GetDocumentAsync("/states/texas")).Find("#all-mean").Folded());

        // Recorded, as the import command does in its transaction: the next request is answered from the new catalogue.
        await site.QueryAsync(async db =>
        {
            var latest = await db.CatalogueImports.OrderByDescending(i => i.Id).FirstAsync();
            db.CatalogueImports.Add(new CatalogueImport
            {
                DataSet = latest.DataSet, ContentHash = latest.ContentHash, ImportedAt = DateTimeOffset.UtcNow, OccupationCount = latest.OccupationCount,
            });
            db.CatalogueImports.Remove(latest);
            return await db.SaveChangesAsync();
        });

        Assert.Equal("Orthodontists (revised)", (await client.GetDocumentAsync("/occupations/orthodontists")).Find("h1").Folded());
        Assert.Equal("$123,456", (await client.GetDocumentAsync("/states/texas")).Find("#all-mean").Folded());
        var texas = (await client.GetJsonAsync("/api/v1/states")).EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "texas");
        Assert.Equal(123_456, texas.GetProperty("allOccupationsMeanYearly").GetProperty("value").GetInt32());
    }
}
