using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class DemographicShareConfiguration : IEntityTypeConfiguration<DemographicShare>
{
    public void Configure(EntityTypeBuilder<DemographicShare> builder)
    {
        builder.HasIndex(d => new { d.OccupationId, d.Dimension, d.Position }).IsUnique();
        builder.Property(d => d.Dimension).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Group).HasMaxLength(120);
    }
}
