using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Data;

public sealed class CareerCompareDbContext(DbContextOptions<CareerCompareDbContext> options) : DbContext(options)
{
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<OccupationSkill> OccupationSkills => Set<OccupationSkill>();
    public DbSet<Responsibility> Responsibilities => Set<Responsibility>();
    public DbSet<DemographicShare> DemographicShares => Set<DemographicShare>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareerCompareDbContext).Assembly);
}
