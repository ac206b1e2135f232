using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class OccupationSkillConfiguration : IEntityTypeConfiguration<OccupationSkill>
{
    public void Configure(EntityTypeBuilder<OccupationSkill> builder)
    {
        builder.HasIndex(s => new { s.OccupationId, s.Rank }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
    }
}
