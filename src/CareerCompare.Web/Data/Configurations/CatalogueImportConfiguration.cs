using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class CatalogueImportConfiguration : IEntityTypeConfiguration<CatalogueImport>
{
    public void Configure(EntityTypeBuilder<CatalogueImport> builder)
    {
        builder.HasIndex(i => i.DataSet);
        // SQLite cannot compare DateTimeOffset in SQL; a UTC DateTime it can.
        builder.Property(i => i.ImportedAt).HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(v, TimeSpan.Zero));
    }
}
