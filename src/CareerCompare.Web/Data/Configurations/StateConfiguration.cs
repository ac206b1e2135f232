using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class UsStateConfiguration : IEntityTypeConfiguration<UsState>
{
    public void Configure(EntityTypeBuilder<UsState> builder)
    {
        builder.ToTable("States");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(2);
        builder.Property(s => s.Name).HasMaxLength(60);
        builder.Property(s => s.Slug).HasMaxLength(60);
        builder.Property(s => s.Fips).HasMaxLength(2);
        builder.HasIndex(s => s.Slug).IsUnique();
    }
}

internal sealed class StateWageConfiguration : IEntityTypeConfiguration<StateWage>
{
    public void Configure(EntityTypeBuilder<StateWage> builder)
    {
        builder.HasKey(w => new { w.OccupationId, w.StateCode });
        builder.Property(w => w.StateCode).HasMaxLength(2);
        builder.Property(w => w.MeanYearlyStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.MeanHourlyStatus).HasConversion<string>().HasMaxLength(16);
        // The state pages and the list's state filter read one state's wages, ordered by the mean.
        builder.HasIndex(w => new { w.StateCode, w.MeanYearly });
        builder.HasIndex(w => new { w.StateCode, w.MeanHourlyCents });
        builder.HasOne(w => w.State).WithMany().HasForeignKey(w => w.StateCode).OnDelete(DeleteBehavior.Cascade);
    }
}
