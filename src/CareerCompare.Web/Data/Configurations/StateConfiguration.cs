using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class UsStateConfiguration : IEntityTypeConfiguration<UsState>
{
    public void Configure(EntityTypeBuilder<UsState> builder)
    {
        builder.ToTable("States");
        builder.HasKey(s => s.Code);
        builder.HasIndex(s => s.Slug).IsUnique();
    }
}

internal sealed class StateWageConfiguration : IEntityTypeConfiguration<StateWage>
{
    public void Configure(EntityTypeBuilder<StateWage> builder)
    {
        builder.HasKey(w => new { w.OccupationId, w.StateCode });
        builder.Property(w => w.MeanYearlyStatus).HasConversion<string>();
        builder.Property(w => w.MeanHourlyStatus).HasConversion<string>();
        // The state pages and the list's state filter read one state's wages, ordered by the mean.
        builder.HasIndex(w => new { w.StateCode, w.MeanYearly });
        builder.HasIndex(w => new { w.StateCode, w.MeanHourlyCents });
        builder.HasOne(w => w.State).WithMany().HasForeignKey(w => w.StateCode).OnDelete(DeleteBehavior.Cascade);
    }
}
