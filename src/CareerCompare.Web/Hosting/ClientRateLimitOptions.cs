using System.ComponentModel.DataAnnotations;

namespace CareerCompare.Web.Hosting;

/// <summary>How many requests one client (IP address) may make: <see cref="PermitLimit"/> per <see cref="Window"/>.</summary>
public sealed class ClientRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 300;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
