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

        // The rows read only with their occupation: one JSON column each (JsonColumn says why not EF Core's own JSON
        // mapping).
        builder.Property(o => o.Wages).HasJsonConversion();
        builder.Property(o => o.WageHistory).HasJsonConversion();
        builder.Property(o => o.Industries).HasJsonConversion();
        builder.Property(o => o.EducationLevels).HasJsonConversion();
        builder.Property(o => o.ExperienceLevels).HasJsonConversion();
        builder.Property(o => o.TrainingLevels).HasJsonConversion();
        builder.Property(o => o.Interests).HasJsonConversion();
        builder.Property(o => o.Skills).HasJsonConversion();
        builder.Property(o => o.SkillRatings).HasJsonConversion();
        builder.Property(o => o.KnowledgeRatings).HasJsonConversion();
        builder.Property(o => o.Tools).HasJsonConversion();
        builder.Property(o => o.Responsibilities).HasJsonConversion();
        builder.Property(o => o.Gender).HasJsonConversion();
        builder.Property(o => o.Race).HasJsonConversion();
    }
}
