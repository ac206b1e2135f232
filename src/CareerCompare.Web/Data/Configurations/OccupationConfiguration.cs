using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.Title);
        builder.HasIndex(o => o.YearlySalary);
        builder.HasIndex(o => o.Category);
        builder.HasIndex(o => o.DataSet);
        builder.HasIndex(o => o.SocCode);
        builder.HasIndex(o => o.MedianYearlySalary);
        builder.Property(o => o.WageBasis).HasConversion<string>();

        builder.HasMany(o => o.AlternateTitles).WithOne().HasForeignKey(a => a.OccupationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.StateWages).WithOne().HasForeignKey(w => w.OccupationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.RelatedOccupations).WithOne().HasForeignKey(r => r.OccupationId).OnDelete(DeleteBehavior.Cascade);

        // The rows read only with their occupation: every list among its columns is one JSON column (JsonColumn says why
        // not EF Core's own JSON mapping), so a data set's new list needs no line here.
        builder.ListsAsJsonColumns(typeof(OccupationColumns));
    }
}
