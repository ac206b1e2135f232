using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class EducationLevelShareConfiguration : IEntityTypeConfiguration<EducationLevelShare>
{
    public void Configure(EntityTypeBuilder<EducationLevelShare> builder)
    {
        builder.HasIndex(e => new { e.OccupationId, e.Category }).IsUnique();
        builder.Property(e => e.Level).HasMaxLength(200);
    }
}
