using System.Globalization;
using System.Text;

namespace CareerCompare.Web.Formatting;

/// <summary>
/// Writes CSV files that open cleanly in a spreadsheet: RFC 4180 quoting, CRLF line ends, and no cell that a
/// spreadsheet would read as a formula.
/// </summary>
public static class Csv
{
    /// <summary>The file as UTF-8 with a byte order mark, which spreadsheets need to read "–" and "’" right.</summary>
    public static byte[] ToUtf8(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// A cell as written: a cell that starts with =, +, -, @ (or a tab or carriage return) gets a leading apostrophe so
    /// a spreadsheet shows it as text instead of running it (OWASP's advice on CSV injection). This includes negative
    /// numbers, which then read as text ("'-3.2"); the price of never starting a cell with "-".
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>A number as a spreadsheet reads it: invariant culture, no thousands separators.</summary>
    public static string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static void AppendLine(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Cell(cells[i]));
        }

        text.Append("\r\n");
    }
}
