using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CareerCompare.Web.Tests.Infrastructure;

public static class HtmlHelpers
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri ?? new Uri("http://localhost/")));
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await response.GetDocumentAsync();
        Assert.True((int)response.StatusCode == expectedStatus,
            $"GET {url} answered {(int)response.StatusCode}, expected {expectedStatus}. Page text: {Shorten(document.Body?.TextContent)}");
        return document;
    }

    /// <summary>
    /// The address charts.js fetches Chart.js from (a script kept in &lt;template id="chart-library"&gt;, never run
    /// as it is); null on a page without charts.
    /// </summary>
    public static string? ChartLibrary(this IHtmlDocument document) =>
        (document.QuerySelector("template#chart-library") as AngleSharp.Html.Dom.IHtmlTemplateElement)
            ?.Content.QuerySelector("script[src]")?.GetAttribute("src");

    /// <summary>The one element matching the selector; fails with the page's HTML when there is none.</summary>
    public static IElement Find(this IParentNode node, string selector)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.QuerySelector(selector)
            ?? throw new Xunit.Sdk.XunitException($"Nothing matches '{selector}' in:\n{Shorten((node as IElement)?.OuterHtml ?? (node as IDocument)?.DocumentElement.OuterHtml)}");
    }

    /// <summary>Text with runs of white space folded to one space.</summary>
    public static string Folded(this INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The visible text of a figure cell, the figure alone: the "unknown" meant for screen readers, the "highest" mark,
    /// and a comparison cell's difference and source lines left out (read those with <see cref="CellDifference"/>).
    /// </summary>
    public static string VisibleText(this IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var clone = (IElement)element.Clone();
        foreach (var hidden in clone.QuerySelectorAll(".visually-hidden, .higher-mark, .cell-difference, .cell-source, .remove-occupation").ToList())
        {
            hidden.Remove();
        }

        return clone.Folded();
    }

    /// <summary>The visible difference under a comparison cell's figure ("−$24,144 (−25%)"), or null when the cell has none.</summary>
    public static string? CellDifference(this IElement cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.QuerySelector(".cell-difference") is { } difference ? difference.VisibleText() : null;
    }

    /// <summary>
    /// A table row's cells joined by one space (the HTML has no white space between cells), each read by
    /// <paramref name="cellText"/>: <see cref="Folded"/> unless told otherwise (for example <see cref="VisibleText"/>).
    /// </summary>
    public static string RowText(this IElement row, Func<IElement, string>? cellText = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(' ', row.Children.Select(cellText ?? (cell => cell.Folded())));
    }

    /// <summary>The data cells of the row labelled <paramref name="label"/> in the table with this id; fails with the table's HTML when there is none.</summary>
    public static List<IElement> RowCells(this IDocument document, string table, string label)
    {
        ArgumentNullException.ThrowIfNull(document);
        var row = document.QuerySelectorAll($"#{table} tbody tr").FirstOrDefault(r => r.QuerySelector("th[scope=row]")?.Folded() == label)
            ?? throw new Xunit.Sdk.XunitException($"No row '{label}' in #{table}: {Shorten(document.QuerySelector($"#{table}")?.OuterHtml)}");
        return row.QuerySelectorAll("td").ToList();
    }

    private static string Shorten(string? text) => text is null ? "(none)" : text.Length <= 4000 ? text : text[..4000] + "…";
}
