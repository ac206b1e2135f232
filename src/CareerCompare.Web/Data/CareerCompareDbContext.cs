using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Data;

public sealed class CareerCompareDbContext(DbContextOptions<CareerCompareDbContext> options) : DbContext(options)
{
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<OccupationSkill> OccupationSkills => Set<OccupationSkill>();
    public DbSet<Responsibility> Responsibilities => Set<Responsibility>();
    public DbSet<DemographicShare> DemographicShares => Set<DemographicShare>();
    public DbSet<WageStatistic> WageStatistics => Set<WageStatistic>();
    public DbSet<EducationLevelShare> EducationLevelShares => Set<EducationLevelShare>();
    public DbSet<AlternateTitle> AlternateTitles => Set<AlternateTitle>();
    public DbSet<RelatedOccupation> RelatedOccupations => Set<RelatedOccupation>();
    public DbSet<CatalogueImport> CatalogueImports => Set<CatalogueImport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareerCompareDbContext).Assembly);
}
