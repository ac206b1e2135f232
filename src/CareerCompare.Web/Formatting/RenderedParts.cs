using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerCompare.Web.Formatting;

/// <summary>
/// Parts of one page's view rendered to HTML once and kept with the catalogue they were rendered from (a profile's
/// sections do not change between imports): the next request writes the kept HTML instead of running the views again.
/// Only parts that read nothing of the request belong here: the way back to a list, a state chosen or the host name
/// are written around them.
/// </summary>
public sealed class RenderedParts
{
    private readonly ConcurrentDictionary<string, Part> parts = new(StringComparer.Ordinal);

    internal bool TryGet(string name, out Part part) => parts.TryGetValue(name, out part!);

    internal void Keep(string name, Part part) => parts.TryAdd(name, part);

    /// <summary>
    /// A part's HTML, kept as UTF-8 (half the memory of a string for the mostly ASCII pages) and decoded as it is written,
    /// and whether it wrote the legend of "—" and "not published" (the layout then does not).
    /// </summary>
    internal sealed record Part(Utf8Html Html, bool LegendShown);

    /// <summary>HTML kept as UTF-8 bytes, written to the page's writer a block at a time.</summary>
    internal sealed class Utf8Html(byte[] bytes) : IHtmlContent
    {
        private const int Block = 16 * 1024;

        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            var decoder = Encoding.UTF8.GetDecoder();
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(Block));
            try
            {
                for (var offset = 0; offset < bytes.Length; offset += Block)
                {
                    var count = Math.Min(Block, bytes.Length - offset);
                    var written = decoder.GetChars(bytes, offset, count, chars, 0, flush: offset + count == bytes.Length);
                    writer.Write(chars, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}

public static class RenderedPartsExtensions
{
    /// <summary>
    /// A partial view's HTML, rendered the first time and then taken from <paramref name="parts"/>: the same HTML as
    /// <c>&lt;partial&gt;</c> would write.
    /// </summary>
    public static async Task<IHtmlContent> PartialOnceAsync(this IHtmlHelper html, RenderedParts parts, string partialName, object model)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(parts);
        var items = html.ViewContext.HttpContext.Items;
        if (parts.TryGet(partialName, out var kept))
        {
            if (kept.LegendShown)
            {
                items[FigureLegend.ShownKey] = true;
            }

            return kept.Html;
        }

        var shownBefore = items[FigureLegend.ShownKey] is true;
        var content = await html.PartialAsync(partialName, model);
        await using var writer = new StringWriter();
        content.WriteTo(writer, html.ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>());
        var part = new RenderedParts.Part(new RenderedParts.Utf8Html(Encoding.UTF8.GetBytes(writer.ToString())), !shownBefore && items[FigureLegend.ShownKey] is true);
        parts.Keep(partialName, part);
        return part.Html;
    }
}
