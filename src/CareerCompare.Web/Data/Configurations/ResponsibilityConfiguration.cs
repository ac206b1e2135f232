using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class ResponsibilityConfiguration : IEntityTypeConfiguration<Responsibility>
{
    public void Configure(EntityTypeBuilder<Responsibility> builder)
    {
        builder.HasIndex(r => new { r.OccupationId, r.Position }).IsUnique();
        builder.Property(r => r.Text).HasMaxLength(2000);
    }
}
