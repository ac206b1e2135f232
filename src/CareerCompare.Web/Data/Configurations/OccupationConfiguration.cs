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
        builder.Property(o => o.DataSet).HasMaxLength(40);

        builder.Property(o => o.Slug).HasMaxLength(120);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Category).HasMaxLength(120);
        builder.Property(o => o.Source).HasMaxLength(200);
        builder.Property(o => o.SourceReference).HasMaxLength(300);

        builder.HasIndex(o => o.SocCode);
        builder.HasIndex(o => o.MedianYearlySalary);
        builder.Property(o => o.SocCode).HasMaxLength(10);
        builder.Property(o => o.OnetCode).HasMaxLength(12);
        builder.Property(o => o.NearestOfficialSocCode).HasMaxLength(10);
        builder.Property(o => o.WageBasis).HasConversion<string>().HasMaxLength(12);
        builder.Property(o => o.TypicalEntryEducation).HasMaxLength(100);
        builder.Property(o => o.WorkExperience).HasMaxLength(100);
        builder.Property(o => o.OnTheJobTraining).HasMaxLength(100);
        builder.Property(o => o.DemographicsSourceRow).HasMaxLength(200);
        builder.Property(o => o.DemographicsRowChoice).HasMaxLength(1000);
        builder.Property(o => o.StatesTopCoded).HasMaxLength(1000);
        builder.Property(o => o.EarningsSourceRow).HasMaxLength(200);
        builder.Property(o => o.OnetTitle).HasMaxLength(200);
        builder.Property(o => o.SkillsOnetCode).HasMaxLength(12);
        builder.Property(o => o.SkillsOnetTitle).HasMaxLength(200);
        builder.Property(o => o.TasksOnetCode).HasMaxLength(12);
        builder.Property(o => o.TasksOnetTitle).HasMaxLength(200);
        builder.Property(o => o.EducationOnetCode).HasMaxLength(12);
        builder.Property(o => o.EducationOnetTitle).HasMaxLength(200);
        builder.Property(o => o.JobZoneOnetCode).HasMaxLength(12);
        builder.Property(o => o.JobZoneOnetTitle).HasMaxLength(200);
        builder.Property(o => o.KnowledgeOnetCode).HasMaxLength(12);
        builder.Property(o => o.KnowledgeOnetTitle).HasMaxLength(200);
        builder.Property(o => o.ToolsOnetCode).HasMaxLength(12);
        builder.Property(o => o.ToolsOnetTitle).HasMaxLength(200);
        builder.Property(o => o.InterestsOnetCode).HasMaxLength(12);
        builder.Property(o => o.InterestsOnetTitle).HasMaxLength(200);
        builder.Property(o => o.InterestCode).HasMaxLength(3);

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
