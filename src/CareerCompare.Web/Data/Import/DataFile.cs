using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace CareerCompare.Web.Data.Import;

/// <summary>One row of a data file, read by column name; every problem names the file, line and column.</summary>
internal sealed class DataRow(string file, int line, Dictionary<string, int> columns, string[] cells)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    public string this[string column] => columns.TryGetValue(column, out var i)
        ? cells[i].Trim()
        : throw new SeedDataException($"{File}: the column \"{column}\" is missing.");

    public SeedDataException Error(string column, string problem) =>
        new($"{File}: line {Line}, column \"{column}\": {problem} (found \"{this[column]}\").");
}

/// <summary>Reads the published CSV and tab-delimited files by their header names.</summary>
internal static class DataFile
{
    static DataFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A comma- or semicolon-separated file; <paramref name="headerStartsWith"/> finds the header below any title lines.</summary>
    /// <param name="notesBelow">The table ends at the first line of one field: notes follow it (BEA's files), and nothing else may.</param>
    public static List<DataRow> ReadCsv(string directory, string name, string[] required, char delimiter = ',',
        Encoding? encoding = null, string? headerStartsWith = null, bool notesBelow = false)
    {
        var path = Locate(directory, name);
        using var text = new StreamReader(path, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var skipped = 0;
        if (headerStartsWith is not null)
        {
            // Title lines above the header (the crosswalk has three): skip to the header line.
            var buffered = new List<string>();
            string? line;
            while ((line = text.ReadLine()) is not null && !line.TrimStart(',', '"').StartsWith(headerStartsWith, StringComparison.Ordinal))
            {
                skipped++;
                if (skipped > 50)
                {
                    throw new SeedDataException($"{name}: no header line starting with \"{headerStartsWith}\" in the first 50 lines.");
                }
            }

            if (line is null)
            {
                throw new SeedDataException($"{name}: the file ends before its header line.");
            }

            return Parse(name, new StringReader(line + "\n" + text.ReadToEnd()), delimiter, required, skipped, notesBelow);
        }

        return Parse(name, text, delimiter, required, 0, notesBelow);
    }

    /// <summary>
    /// A table as BLS lays out its CPS tables (converted from the spreadsheet): title lines, then a header of several
    /// lines that starts with a line whose first cell is <paramref name="firstHeaderCell"/>, then the rows, then notes
    /// (lines of one cell). The header's lines, its first included, must hold <paramref name="headerLines"/> (their non-empty cells, in
    /// order), so a table laid out otherwise stops the import; the rows' cells are named by <paramref name="columns"/>.
    /// </summary>
    public static List<DataRow> ReadTable(string directory, string name, string firstHeaderCell, string[][] headerLines, string[] columns)
    {
        var path = Locate(directory, name);
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = CsvDataReader.Create(text, Options(',', hasHeaders: false));
        var names = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var rows = new List<DataRow>();
        var line = 1;
        var header = -1;
        var record = 0;
        while (reader.Read())
        {
            var cells = new string[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            var here = line;
            line += 1 + cells.Sum(c => c.Count(ch => ch == '\n'));
            record++;
            var filled = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (header < 0)
            {
                if (cells.Length == 0 || cells[0].Trim() != firstHeaderCell)
                {
                    if (record > 50)
                    {
                        throw new SeedDataException($"{name}: no header line starting with \"{firstHeaderCell}\" in the first 50 lines.");
                    }

                    continue;
                }

                header = record;
            }

            if (record - header < headerLines.Length)
            {
                var expected = headerLines[record - header];
                if (!filled.SequenceEqual(expected, StringComparer.Ordinal))
                {
                    throw new SeedDataException($"{name}: line {here}: the header should read \"{string.Join(", ", expected)}\" (found \"{string.Join(", ", filled)}\"): is the table laid out otherwise?");
                }

                continue;
            }

            // A line with nothing beside its first cell is not a row: a blank line, or the notes below the table.
            if (cells.Skip(1).All(c => c.Trim().Length == 0))
            {
                continue;
            }

            if (cells.Length < columns.Length)
            {
                throw new SeedDataException($"{name}: line {here} has {cells.Length} fields where the table has {columns.Length} (is the file cut short?).");
            }

            rows.Add(new DataRow(name, here, names, cells));
        }

        return header < 0 ? throw new SeedDataException($"{name}: no header line starting with \"{firstHeaderCell}\".")
            : rows.Count > 0 ? rows : throw new SeedDataException($"{name}: no rows below the header.");
    }

    /// <summary>
    /// An O*NET tab-delimited file, one record a line, written as a spreadsheet writes text: a field that holds a quote
    /// is quoted and its quotes doubled (Task Statements: <c>"Conduct ""head counts"" to help …"</c>), and a quote
    /// inside a field is the character itself. Every line has the header's fields, no more and no fewer.
    /// </summary>
    public static List<DataRow> ReadTsv(string directory, string name, string[] required)
    {
        var path = Locate(directory, name);
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return text.Peek() < 0
            ? throw new SeedDataException($"{name}: the file is empty.")
            : Parse(name, text, '\t', required, 0, notesBelow: false, exactFields: true);
    }

    /// <summary>
    /// The publishers' quoting (RFC 4180: a field holding the delimiter, a quote or a line break is quoted, its quotes
    /// doubled; a quote inside a field is the character itself), one table a file, and no comment lines: a line starting
    /// with "#" is data (Sylvan skips such lines unless told otherwise).
    /// </summary>
    private static CsvDataReaderOptions Options(char delimiter, bool hasHeaders) => new()
    {
        Delimiter = delimiter,
        HasHeaders = hasHeaders,
        ResultSetMode = ResultSetMode.SingleResult,
        Comment = '\0',
    };

    public static string Locate(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? path : throw new SeedDataException($"{name}: file not found in {directory}.");
    }

    private static List<DataRow> Parse(string name, TextReader text, char delimiter, string[] required, int linesBefore, bool notesBelow,
        bool exactFields = false)
    {
        try
        {
            return ParseRows(name, CsvDataReader.Create(text, Options(delimiter, hasHeaders: true)), required, linesBefore, notesBelow, exactFields);
        }
        catch (CsvFormatException e)
        {
            throw new SeedDataException($"{name}: line {linesBefore + 1 + e.RowNumber}: {e.Message} (is the file cut short?)", e);
        }
    }

    /// <param name="exactFields">A row with more fields than the header stops the import too, not only one with fewer.</param>
    private static List<DataRow> ParseRows(string name, CsvDataReader reader, string[] required, int linesBefore, bool notesBelow, bool exactFields)
    {
        using var _ = reader;
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var columns = Columns(name, header, required);
        var rows = new List<DataRow>();
        var inNotes = false;
        while (reader.Read())
        {
            // RowNumber counts records after the header, from 1.
            var line = linesBefore + 1 + reader.RowNumber;
            if (reader.RowFieldCount == 1 && string.IsNullOrWhiteSpace(reader.GetString(0)))
            {
                continue;
            }

            if (notesBelow && (inNotes || reader.RowFieldCount == 1))
            {
                inNotes = reader.RowFieldCount == 1 ? true
                    : throw new SeedDataException($"{name}: line {line} is a row of the table below its notes (is the file put together wrongly?).");
                continue;
            }

            if (reader.RowFieldCount < header.Length || (exactFields && reader.RowFieldCount > header.Length))
            {
                throw new SeedDataException(
                    $"{name}: line {line} has {reader.RowFieldCount} fields where the header has {header.Length} (is the file cut short?).");
            }

            var cells = new string[header.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            rows.Add(new DataRow(name, line, columns, cells));
        }

        return rows;
    }

    private static Dictionary<string, int> Columns(string name, string[] header, string[] required)
    {
        // Headers are matched in any case: OEWS wrote them in lower case in May 2019 and in upper case since.
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        return missing.Count == 0
            ? columns
            : throw new SeedDataException($"{name}: the header lacks the column{(missing.Count > 1 ? "s" : "")} \"{string.Join("\", \"", missing)}\".");
    }
}

/// <summary>Numbers as the publishers write them: thousands separators, and markers for what is not a number.</summary>
internal static class Cell
{
    public static bool IsMarker(string value, params string[] markers) => markers.Contains(value, StringComparer.Ordinal);

    /// <summary>A number such as "67,920" or "32.66"; null for the given markers or an empty cell.</summary>
    public static double? Number(DataRow row, string column, params string[] markers)
    {
        var value = row[column];
        if (value.Length == 0 || IsMarker(value, markers))
        {
            return null;
        }

        return double.TryParse(value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw row.Error(column, "not a number");
    }
}
