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

    /// <summary>
    /// HTML kept as UTF-8 in blocks small enough to stay off the large object heap (which is not compacted): a profile's
    /// sections are 100 KB or more, and 833 of them kept whole there would leave the heap full of holes.
    /// </summary>
    internal sealed class Utf8Html(IReadOnlyList<byte[]> blocks) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            var decoder = Encoding.UTF8.GetDecoder();
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(Utf8BlockWriter.BlockSize));
            try
            {
                for (var i = 0; i < blocks.Count; i++)
                {
                    var written = decoder.GetChars(blocks[i], chars, flush: i == blocks.Count - 1);
                    writer.Write(chars, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    /// <summary>A writer that keeps what is written to it as UTF-8, in blocks of <see cref="BlockSize"/> bytes at most.</summary>
    internal sealed class Utf8BlockWriter : TextWriter
    {
        public const int BlockSize = 16 * 1024;

        /// <summary>A character outside the Basic Multilingual Plane, a surrogate pair, is four bytes of UTF-8.</summary>
        private const int MaxBytesPerCharacter = 4;

        private readonly List<byte[]> blocks = [];
        private readonly Encoder encoder = Encoding.UTF8.GetEncoder();
        private byte[] block = new byte[BlockSize];
        private int used;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(ReadOnlySpan<char> buffer)
        {
            while (!buffer.IsEmpty)
            {
                if (BlockSize - used < MaxBytesPerCharacter)
                {
                    // Too full for the next character's bytes: keep the block and start another.
                    blocks.Add(block[..used]);
                    block = new byte[BlockSize];
                    used = 0;
                }

                encoder.Convert(buffer, block.AsSpan(used), flush: false, out var charsUsed, out var bytesUsed, out _);
                buffer = buffer[charsUsed..];
                used += bytesUsed;
            }
        }

        /// <summary>What was written, as blocks of UTF-8.</summary>
        public IReadOnlyList<byte[]> Blocks()
        {
            encoder.Convert(ReadOnlySpan<char>.Empty, block.AsSpan(used), flush: true, out _, out var bytesUsed, out _);
            used += bytesUsed;
            return [.. blocks, block[..used]];
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
        await using var writer = new RenderedParts.Utf8BlockWriter();
        content.WriteTo(writer, html.ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>());
        var part = new RenderedParts.Part(new RenderedParts.Utf8Html(writer.Blocks()), !shownBefore && items[FigureLegend.ShownKey] is true);
        parts.Keep(partialName, part);
        return part.Html;
    }
}
