using System.Text;
using System.Text.Json;
using Sylvan.Data.Csv;

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>Reads the API's JSON and the CSV files as a program would.</summary>
public static class DataHelpers
{
    /// <summary>The JSON answer to a GET; fails with the body when the status or the media type is not the expected one.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url} answered {(int)response.StatusCode}, expected {expectedStatus}: {body}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.Equal(expectedStatus < 400 ? "application/json" : "application/problem+json", mediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    /// <summary>A CSV file's rows (the header first), checked to be UTF-8 with a byte order mark.</summary>
    public static async Task<List<string[]>> ReadCsvAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "The CSV file does not start with a UTF-8 byte order mark.");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = false });
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }

    /// <summary>The rows as dictionaries keyed by the header's names.</summary>
    public static List<Dictionary<string, string>> Records(List<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var header = rows[0];
        return rows.Skip(1).Select(r => header.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v)).ToList();
    }

    /// <summary>"$93,600" → 93600.</summary>
    public static double Money(string text) =>
        double.Parse(text.Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
}
