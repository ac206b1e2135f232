namespace CareerCompare.Web.Data;

public sealed class SeedDataOptions
{
    public const string SectionName = "SeedData";

    /// <summary>Folder holding the seed files; empty means the copy shipped beside the binaries.</summary>
    public string? Directory { get; set; }

    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "seed-data") : Path.GetFullPath(Directory);
}
