using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

internal sealed class InterestAreaConfiguration : IEntityTypeConfiguration<InterestArea>
{
    public void Configure(EntityTypeBuilder<InterestArea> builder)
    {
        // The id is the area's RIASEC number (1–6), the one O*NET's high points use: given, not generated.
        builder.Property(a => a.Id).ValueGeneratedNever();
    }
}
