using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerCompare.Web.Sections;

/// <summary>
/// The shell every section of a profile and a comparison is shown in: <c>&lt;page-section anchor="outlook"
/// heading="Jobs and outlook"&gt;…&lt;/page-section&gt;</c> writes the section (its id is the anchor), its heading, its
/// one-line answer (from <see cref="PageSections"/>, for the page's model) and, behind a native disclosure, what the
/// partial holds: its tables, charts and notes, all in the HTML. Closed by default; a link to the anchor, the guide, the
/// keyboard and printing open it (wwwroot/js/page-sections.js, page-frame.css). A section without a line writes nothing.
/// </summary>
[HtmlTargetElement("page-section")]
public sealed class PageSectionTagHelper : TagHelper
{
    /// <summary>The section's anchor, as in <see cref="PageSections"/>: "outlook".</summary>
    public required string Anchor { get; set; }

    /// <summary>The heading's words on this page: "Registered Nurses vs Actors salary".</summary>
    public required string Heading { get; set; }

    /// <summary>The heading's id, where it is not the anchor's with "-heading" ("states-heading" for "state-pay").</summary>
    public string? HeadingId { get; set; }

    /// <summary>The heading's classes ("h4" for a lesser section).</summary>
    public string? HeadingClass { get; set; }

    /// <summary>What the disclosure holds, in the visitor's words.</summary>
    public string Summary { get; set; } = "Tables, charts and notes";

    /// <summary>
    /// True where an element inside the section already has the anchor as its id (the tasks' list, the sources' list):
    /// the section then has none of its own, and a link to the anchor opens the section around that element.
    /// </summary>
    public bool AnchorInside { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var section = PageSections.Find(Anchor);
        if (section.LineFor(ViewContext.ViewData.Model) is not { } line)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = HtmlEncoder.Default;
        var headingId = HeadingId ?? Anchor + "-heading";
        output.TagName = "section";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!AnchorInside)
        {
            output.Attributes.SetAttribute("id", Anchor);
        }

        output.Attributes.SetAttribute("data-anchor", Anchor);
        output.Attributes.SetAttribute("aria-labelledby", headingId);
        output.Attributes.SetAttribute("class", "mt-4 page-section");
        var headingClass = HeadingClass is null ? string.Empty : $" class=\"{encoder.Encode(HeadingClass)}\"";
        output.PreContent.AppendHtml($"""

              <h2 id="{encoder.Encode(headingId)}"{headingClass}>{encoder.Encode(Heading)}</h2>
              <p class="section-answer" id="{encoder.Encode(Anchor)}-answer">{encoder.Encode(line)}</p>
              <details class="section-details" id="{encoder.Encode(Anchor)}-details">
              <summary class="section-summary">{encoder.Encode(Summary)}<span class="visually-hidden">: {encoder.Encode(section.Heading)}</span></summary>
            """);
        output.Content.SetHtmlContent(await output.GetChildContentAsync());
        output.PostContent.AppendHtml("</details>\n");
    }
}
