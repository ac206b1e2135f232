using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class RelatedOccupationConfiguration : IEntityTypeConfiguration<RelatedOccupation>
{
    public void Configure(EntityTypeBuilder<RelatedOccupation> builder)
    {
        builder.HasIndex(r => new { r.OccupationId, r.Kind, r.Rank }).IsUnique();
        // Deleting an occupation removes the links to it as well as its own.
        builder.HasOne(r => r.Related).WithMany().HasForeignKey(r => r.RelatedOccupationId).OnDelete(DeleteBehavior.Cascade);
    }
}
