namespace CareerCompare.Web.Hosting;

/// <summary>The output cache of pages and API answers ("OutputCache" section).</summary>
public sealed class PagesCacheOptions
{
    public const string SectionName = "OutputCache";

    /// <summary>False serves every request from the database (to rule the cache out when looking into a fault).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most memory cached answers may take; the oldest go first when it is reached.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>How long an answer is kept; the catalogue only changes with an import, which empties the cache.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the site looks for an import made by another process (the import command).</summary>
    public TimeSpan CatalogueCheckInterval { get; set; } = TimeSpan.FromSeconds(10);
}
