namespace CareerCompare.Web.Hosting;

/// <summary>
/// A shared output cache in Redis ("Redis" section), for several instances behind one load balancer. Without a
/// configuration each instance keeps its pages in its own memory (the default).
/// </summary>
public sealed class RedisCacheSettings
{
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or
    /// <c>cache.internal:6380,ssl=true,password=…</c>. Empty: the in-memory cache.
    /// </summary>
    public string Configuration { get; set; } = string.Empty;

    /// <summary>The prefix of every key the site writes, so one Redis can serve other applications too.</summary>
    public string InstanceName { get; set; } = "CareerCompare:";

    /// <summary>How long the site leaves Redis alone after a failed call before trying it again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the tag index is rid of pages Redis evicted (by one instance; see <see cref="TagIndexPruner"/>).
    /// </summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(1);
}
