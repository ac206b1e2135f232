
namespace CareerCompare.Web.Services;

/// <summary>Reads shared by several pages, projected straight into view models.</summary>
public static class OccupationQueries
{
    /// <summary>
    /// Text for SQL LIKE that matches itself only (case-insensitively), with "\\" as the escape character. Control
    /// characters are dropped: no title holds one, and SQLite's LIKE ends a pattern at NUL, so "nurse\0x" would
    /// otherwise match every nurse.
    /// </summary>
    public static string EscapeLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new string(text.Where(c => !char.IsControl(c)).ToArray())
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
