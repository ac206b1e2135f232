using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class AlternateTitleConfiguration : IEntityTypeConfiguration<AlternateTitle>
{
    public void Configure(EntityTypeBuilder<AlternateTitle> builder)
    {
        builder.HasIndex(a => a.OccupationId);
        builder.HasIndex(a => a.Title);
    }
}
