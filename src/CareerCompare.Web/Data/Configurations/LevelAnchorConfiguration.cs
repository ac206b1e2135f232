using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class LevelAnchorConfiguration : IEntityTypeConfiguration<LevelAnchor>
{
    public void Configure(EntityTypeBuilder<LevelAnchor> builder)
    {
        builder.HasIndex(a => new { a.Kind, a.Element, a.Level }).IsUnique();
    }
}
