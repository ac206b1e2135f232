using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class WageStatisticConfiguration : IEntityTypeConfiguration<WageStatistic>
{
    public void Configure(EntityTypeBuilder<WageStatistic> builder)
    {
        builder.HasIndex(w => new { w.OccupationId, w.Period, w.Measure }).IsUnique();
        builder.Property(w => w.Period).HasConversion<string>().HasMaxLength(10);
        builder.Property(w => w.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
    }
}
