using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerCompare.Web.Formatting;

/// <summary>Writes figures into views; an unknown figure becomes a visible "—" that screen readers read as "unknown".</summary>
public static partial class FigureHtmlHelperExtensions
{
    public static IHtmlContent Figure(this IHtmlHelper html, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Status == Data.FigureStatus.NotPublished)
        {
            return NotPublishedMarkup;
        }

        var text = FigureFormat.Format(figure);
        if (text is null)
        {
            return UnknownMarkup;
        }

        // Text goes through the page's own encoder when written (HtmlContentBuilder.Append), so "−" stays a character.
        return figure.Status == Data.FigureStatus.TopCoded
            ? new HtmlContentBuilder(3).AppendHtml(TopCodedStart).Append(text).AppendHtml("</span>")
            : new HtmlContentBuilder(1).Append(text);
    }

    /// <summary>The catalogue's figure <paramref name="key"/> of this occupation ("wages.annual.median").</summary>
    public static IHtmlContent FigureOf(this IHtmlHelper html, string key, OccupationDetails occupation) =>
        html.Figure(FigureCatalogue.Read(key, occupation));

    /// <summary>The catalogue's label of the figure <paramref name="key"/> of this occupation: the same name on every page.</summary>
    public static string LabelOf(this IHtmlHelper html, string key, OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(html);
        return FigureCatalogue.Find(key, occupation)?.LabelFor(occupation) ?? throw new ArgumentException($"No figure '{key}' for this occupation.", nameof(key));
    }

    /// <summary>The catalogue's change <paramref name="key"/> of this occupation, with its sign: "+4.1%".</summary>
    public static IHtmlContent ChangeOf(this IHtmlHelper html, string key, OccupationDetails occupation) =>
        html.Words(FigureFormat.SignedPercent(FigureCatalogue.Read(key, occupation)));

    /// <summary>A projected change in employment, 2024–34, with BLS's words for it: "+4.9%, faster than average".</summary>
    public static IHtmlContent Growth(this IHtmlHelper html, double? percent)
    {
        ArgumentNullException.ThrowIfNull(html);
        return FigureFormat.Growth(percent) is { } text && Wording.GrowthOutlook(percent) is { } words
            ? new HtmlContentBuilder(4).Append(text).AppendHtml(", <span class=\"outlook\">").Append(words).AppendHtml("</span>")
            : UnknownMarkup;
    }

    public static IHtmlContent Money(this IHtmlHelper html, int? dollars) => html.Figure(Formatting.Figure.Money(dollars));

    public static IHtmlContent MoneyCents(this IHtmlHelper html, int? cents) => html.Figure(Formatting.Figure.MoneyCents(cents));

    public static IHtmlContent Percent(this IHtmlHelper html, double? percent) => html.Figure(Formatting.Figure.Percent(percent));

    public static IHtmlContent PercentOneDecimal(this IHtmlHelper html, double? percent) =>
        html.Figure(Formatting.Figure.PercentOneDecimal(percent));

    public static IHtmlContent Count(this IHtmlHelper html, int? count) => html.Figure(Formatting.Figure.Count(count));

    public static IHtmlContent Number(this IHtmlHelper html, double? number) => html.Figure(Formatting.Figure.Number(number));

    public static IHtmlContent Words(this IHtmlHelper html, string? text) => html.Figure(Formatting.Figure.Words(text));

    /// <summary>A difference text, or "—" when none can be computed.</summary>
    public static IHtmlContent Difference(this IHtmlHelper html, string? difference)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (difference is null)
        {
            return NotComparableMarkup;
        }

        // A signed amount ("−$19,000", "+34%") is kept on one line: a narrow column must not leave its sign at the end
        // of one line and its number on the next.
        var content = new HtmlContentBuilder();
        var at = 0;
        foreach (var match in SignedAmount().EnumerateMatches(difference))
        {
            content.Append(difference[at..match.Index]).AppendHtml("<span class=\"text-nowrap\">")
                .Append(difference.Substring(match.Index, match.Length)).AppendHtml("</span>");
            at = match.Index + match.Length;
        }

        return content.Append(difference[at..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[+\u2212]\$?[0-9][0-9,.]*%?")]
    private static partial System.Text.RegularExpressions.Regex SignedAmount();

    private const string TopCodedStart = "<span class=\"top-coded\" title=\"At or above the top code BLS publishes\">";

    private static readonly HtmlString UnknownMarkup =
        new("<span class=\"unknown\"><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">unknown</span></span>");

    private static readonly HtmlString NotPublishedMarkup = new("<span class=\"not-published\">not published</span>");

    private static readonly HtmlString NotComparableMarkup =
        new("<span class=\"unknown\"><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">no difference to show</span></span>");
}

/// <summary>The legend of "—" and "not published" (Views/Shared/_FigureLegend), written once a page.</summary>
public static class FigureLegend
{
    /// <summary>Set in the request's items once a page has written the legend, so that the layout does not write it again.</summary>
    public const string ShownKey = "figure-legend-shown";
}
