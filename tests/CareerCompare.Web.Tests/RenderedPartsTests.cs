using System.Text;
using System.Text.Encodings.Web;
using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Tests;

/// <summary>A profile's parts are kept as UTF-8 blocks and written back as the text they were.</summary>
public sealed class RenderedPartsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024 + 3)]
    [InlineData(100_000)]
    public void Utf8Blocks_TextAcrossBlockBorders_IsWrittenBackAsItWas(int length)
    {
        // ASCII, two- and three-byte characters and surrogate pairs, so that characters fall across the blocks' borders.
        string[] pieces = ["a", "é", "—", "😀", "<td>", "−0.5%"];
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(pieces[i % pieces.Length]);
        }

        using var writer = new RenderedParts.Utf8BlockWriter();
        // Written in pieces of odd sizes, as a view writes, with a surrogate pair split between two writes.
        var whole = text.ToString();
        for (var at = 0; at < whole.Length; at += 7)
        {
            writer.Write(whole.AsSpan(at, Math.Min(7, whole.Length - at)));
        }

        var blocks = writer.Blocks();
        Assert.All(blocks, block => Assert.True(block.Length <= RenderedParts.Utf8BlockWriter.BlockSize));
        Assert.Equal(Encoding.UTF8.GetByteCount(whole), blocks.Sum(b => b.Length));

        using var back = new StringWriter();
        new RenderedParts.Utf8Html(blocks).WriteTo(back, HtmlEncoder.Default);
        Assert.Equal(whole, back.ToString());
    }
}
