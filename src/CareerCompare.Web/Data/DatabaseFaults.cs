using Microsoft.Data.Sqlite;

namespace CareerCompare.Web.Data;

/// <summary>Tells a database that cannot be read (missing, locked, damaged) from a fault in the site's own code.</summary>
public static class DatabaseFaults
{
    /// <summary>
    /// True when the exception, or one it wraps, comes from SQLite. The site only reads at run time with fixed
    /// queries, so every SQLite error there means the file cannot be read as it should: the visitor gets a 503
    /// "try again" page rather than a 500, and the next request opens the file afresh.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException)
            {
                return true;
            }
        }

        return false;
    }
}
