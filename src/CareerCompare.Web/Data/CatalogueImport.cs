namespace CareerCompare.Web.Data;

/// <summary>A completed import: which data set, from which files (their hash), when, and how much.</summary>
public sealed class CatalogueImport
{
    public int Id { get; set; }
    public required string DataSet { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int OccupationCount { get; set; }

    /// <summary>
    /// A hash of the import's version and of every file it reads (a missing file counts too, so adding one is a
    /// change): an import whose hash is the one recorded has nothing new to do.
    /// </summary>
    public static string Hash(string directory, string version, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(version));
        foreach (var name in files)
        {
            var path = Path.Combine(directory, name);
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes("\n" + name + "\n"));
            if (File.Exists(path))
            {
                sha.AppendData(File.ReadAllBytes(path));
            }
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
