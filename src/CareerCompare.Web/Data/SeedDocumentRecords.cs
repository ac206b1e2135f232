namespace CareerCompare.Web.Data;

// The shape of seed-data/seed-document.json: the careers site's page, transcribed by hand.

internal sealed record SeedDocumentFile(string Document, string? DocumentFile, string? Notes, List<SeedOccupation> Occupations);

internal sealed record SeedOccupation(
    string Slug,
    string Title,
    string Category,
    string Source,
    string? Description,
    string? NearestOfficialSocCode,
    int? YearlySalary,
    decimal? HourlyRate,
    int? GrowthRatePercent,
    int? NumberOfJobs,
    double? JobSatisfaction,
    string? MostCommonDegree,
    int? MostCommonDegreePercent,
    int? AverageAge,
    int? YearsOfExperience,
    SeedYears? YearsToBecome,
    SeedRange? SalaryRange,
    string? HighestPayingCity,
    string? HighestPayingState,
    string? BestPayingCompany,
    string? BestPayingIndustry,
    string? MostCommonMajor,
    string? MostCommonCollege,
    List<SeedShare>? Gender,
    List<SeedShare>? Race,
    int? LgbtPercent,
    List<string>? Responsibilities,
    List<SeedSkill>? Skills);

internal sealed record SeedYears(int? Min, int? Max);

internal sealed record SeedRange(int? Low, int? High);

internal sealed record SeedShare(string Group, double? Percent);

internal sealed record SeedSkill(string Name, int? Percent);
