using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class CatalogueImportConfiguration : IEntityTypeConfiguration<CatalogueImport>
{
    public void Configure(EntityTypeBuilder<CatalogueImport> builder)
    {
        builder.HasIndex(i => i.DataSet);
        builder.Property(i => i.DataSet).HasMaxLength(40);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        // SQLite cannot compare DateTimeOffset in SQL; a UTC DateTime it can.
        builder.Property(i => i.ImportedAt).HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(v, TimeSpan.Zero));
    }
}
