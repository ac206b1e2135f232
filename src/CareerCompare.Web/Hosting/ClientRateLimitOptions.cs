using System.ComponentModel.DataAnnotations;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// How many requests one client (IP address) may make: <see cref="PermitLimit"/> in any <see cref="Window"/> (a sliding
/// window of <see cref="SegmentsPerWindow"/> steps), and of those, answers that are costly to build and not in the cache
/// (see <see cref="ExpensiveWhenUncachedAttribute"/>) from a smaller budget: a bucket of <see cref="ExpensiveBurst"/>
/// that refills by one every <see cref="ExpensiveRefill"/>, built <see cref="ExpensiveConcurrency"/> at a time.
/// </summary>
public sealed class ClientRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 300;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The window moves in this many steps, so a client cannot make twice <see cref="PermitLimit"/> across the border
    /// of two windows, as it could with a fixed window.
    /// </summary>
    [Range(1, 100)]
    public int SegmentsPerWindow { get; set; } = 10;

    /// <summary>How many costly answers not in the cache a client may ask for at once, after a pause.</summary>
    [Range(1, int.MaxValue)]
    public int ExpensiveBurst { get; set; } = 10;

    /// <summary>How often a client may ask for one more costly answer not in the cache, once its burst is spent.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ExpensiveRefill { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many of one client's costly answers are built at once; the others of its burst wait their turn (up to
    /// <see cref="ExpensiveBurst"/> of them), so a burst takes one core at a time, not every core at once.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ExpensiveConcurrency { get; set; } = 1;
}
