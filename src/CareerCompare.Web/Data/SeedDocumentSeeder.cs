using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCompare.Web.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerCompare.Web.Data;

/// <summary>
/// Loads the careers site's comparison page (seed-data/seed-document.json) into the database. Safe to run
/// on every start: each occupation is matched on its slug and replaced as a whole, inside one transaction,
/// so the database holds either the previous catalogue or the complete new one.
/// </summary>
public sealed partial class SeedDocumentSeeder(
    CareerCompareDbContext db,
    IOptions<SeedDataOptions> options,
    ILogger<SeedDocumentSeeder> logger)
{
    public const string DataSetName = "seed-document";
    public const string FileName = "seed-document.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    // Bump when the seeding rules change, so the next start reseeds an unchanged file.
    private const string SeederVersion = "2";

    /// <summary>Loads the file; skipped (returning 0) when this very file was the last one loaded, unless forced.</summary>
    public async Task<int> SeedAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(options.Value.ResolveDirectory(), FileName);
        var hash = CatalogueImport.Hash(options.Value.ResolveDirectory(), "seeder " + SeederVersion, [FileName]);
        if (!force && await db.IsImportedAsync(DataSetName, hash, cancellationToken))
        {
            return 0;
        }

        var file = await ReadAsync(path, cancellationToken);
        var records = file.Occupations.Select((o, i) => ToEntity(o, i, file.Document)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var slugs = records.Select(r => r.Slug).ToList();
        // Records that left the file leave the site, and every kept record is rewritten from scratch.
        await db.Occupations
            .Where(o => o.DataSet == DataSetName && !slugs.Contains(o.Slug))
            .ExecuteDeleteAsync(cancellationToken);

        var existing = await db.Occupations.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        foreach (var record in records)
        {
            if (existing.TryGetValue(record.Slug, out var current))
            {
                if (current.DataSet != DataSetName)
                {
                    throw new SeedDataException($"{FileName}: slug '{record.Slug}' already belongs to the '{current.DataSet}' data set.");
                }

                record.Id = current.Id;
                db.Entry(current).CurrentValues.SetValues(record);
            }
            else
            {
                db.Occupations.Add(record);
            }
        }

        await db.RecordImportAsync(DataSetName, hash, records.Count, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        LogSeeded(logger, records.Count, path);
        return records.Count;
    }

    private static async Task<SeedDocumentFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new SeedDataException($"{FileName}: file not found at {path}.");
        }

        SeedDocumentFile? file;
        try
        {
            await using var stream = File.OpenRead(path);
            file = await JsonSerializer.DeserializeAsync<SeedDocumentFile>(stream, JsonOptions, cancellationToken);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "unknown position";
            throw new SeedDataException($"{FileName}: {where}: {e.Message}", e);
        }

        if (file is null || file.Occupations is null || file.Occupations.Count == 0)
        {
            throw new SeedDataException($"{FileName}: the file lists no occupations.");
        }

        var duplicate = file.Occupations.GroupBy(o => o.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedDataException($"{FileName}: the slug '{duplicate.Key}' appears more than once.");
        }

        return file;
    }

    private static Occupation ToEntity(SeedOccupation o, int index, string document)
    {
        var where = $"{FileName}: occupation {index + 1} ('{o.Slug}')";
        Require(Slug.IsValid(o.Slug), where, "slug must be lower-case words joined by hyphens");
        Require(!string.IsNullOrWhiteSpace(o.Title), where, "title is required");
        Require(!string.IsNullOrWhiteSpace(o.Category), where, "category is required");
        Require(!string.IsNullOrWhiteSpace(o.Source), where, "source is required");
        RequireNotNegative(o.YearlySalary, where, "yearlySalary");
        RequireNotNegative(o.NumberOfJobs, where, "numberOfJobs");
        RequireNotNegative(o.SalaryRange?.Low, where, "salaryRange.low");
        RequireNotNegative(o.SalaryRange?.High, where, "salaryRange.high");
        Require(o.SalaryRange is not { Low: { } low, High: { } high } || low <= high, where, "salaryRange.low is above salaryRange.high");
        Require(o.YearsToBecome is not { Min: { } min, Max: { } max } || min <= max, where, "yearsToBecome.min is above yearsToBecome.max");
        Require(o.HourlyRate is null || (o.HourlyRate >= 0 && decimal.Round(o.HourlyRate.Value, 2) == o.HourlyRate), where,
            "hourlyRate must be dollars with at most two decimals");
        RequirePercent(o.MostCommonDegreePercent, where, "mostCommonDegreePercent");
        RequirePercent(o.LgbtPercent, where, "lgbtPercent");
        foreach (var share in (o.Gender ?? []).Concat(o.Race ?? []))
        {
            Require(!string.IsNullOrWhiteSpace(share.Group), where, "every gender and race share needs a group");
            RequirePercent(share.Percent, where, $"the share of '{share.Group}'");
        }

        foreach (var skill in o.Skills ?? [])
        {
            Require(!string.IsNullOrWhiteSpace(skill.Name), where, "every skill needs a name");
            RequirePercent(skill.Percent, where, $"the share of skill '{skill.Name}'");
        }

        return new Occupation
        {
            Slug = o.Slug!,
            Title = o.Title.Trim(),
            Category = o.Category.Trim(),
            DataSet = DataSetName,
            Source = o.Source.Trim(),
            SourceReference = document,
            Description = o.Description,
            NearestOfficialSocCode = o.NearestOfficialSocCode,
            YearlySalary = o.YearlySalary,
            HourlyRateCents = o.HourlyRate is { } rate ? (int)(rate * 100) : null,
            SalaryRangeLow = o.SalaryRange?.Low,
            SalaryRangeHigh = o.SalaryRange?.High,
            GrowthRatePercent = o.GrowthRatePercent,
            NumberOfJobs = o.NumberOfJobs,
            JobSatisfaction = o.JobSatisfaction,
            MostCommonDegree = o.MostCommonDegree,
            MostCommonDegreePercent = o.MostCommonDegreePercent,
            MostCommonMajor = o.MostCommonMajor,
            MostCommonCollege = o.MostCommonCollege,
            YearsToBecomeMin = o.YearsToBecome?.Min,
            YearsToBecomeMax = o.YearsToBecome?.Max,
            YearsOfExperience = o.YearsOfExperience,
            HighestPayingCity = o.HighestPayingCity,
            HighestPayingState = o.HighestPayingState,
            BestPayingCompany = o.BestPayingCompany,
            BestPayingIndustry = o.BestPayingIndustry,
            AverageAge = o.AverageAge,
            LgbtPercent = o.LgbtPercent,
            Skills = (o.Skills ?? []).Select(s => new SkillShare(s.Name.Trim(), s.Percent)).ToList(),
            Responsibilities = (o.Responsibilities ?? []).Select(r => r.Trim()).ToList(),
            Gender = (o.Gender ?? []).Select(g => new GroupShare(g.Group.Trim(), g.Percent)).ToList(),
            Race = (o.Race ?? []).Select(r => new GroupShare(r.Group.Trim(), r.Percent)).ToList(),
        };
    }

    private static void Require(bool condition, string where, string problem)
    {
        if (!condition)
        {
            throw new SeedDataException($"{where}: {problem}.");
        }
    }

    private static void RequireNotNegative(int? value, string where, string field) =>
        Require(value is null or >= 0, where, $"{field} cannot be negative");

    private static void RequirePercent(double? value, string where, string field) =>
        Require(value is null or (>= 0 and <= 100), where, $"{field} must be a percentage between 0 and 100");

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} occupations from {Path}")]
    private static partial void LogSeeded(ILogger logger, int count, string path);
}
