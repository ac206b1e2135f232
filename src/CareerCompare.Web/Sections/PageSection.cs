using System.Text.RegularExpressions;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Sections;

/// <summary>
/// One section of the profile and of the comparison as a visitor meets it: its anchor (the section's id, which every
/// link to it uses), its name in the "On this page" guide, its partial on each page, and its one-line answer, said
/// above its tables and charts (which open on demand). A null line means the section has nothing for that occupation
/// or comparison: it is neither shown nor listed in the guide.
/// </summary>
/// <param name="Anchor">The section's id: its heading's id without "-heading" ("outlook").</param>
/// <param name="Heading">Its name in the guide: "Jobs and outlook".</param>
public sealed record PageSection(string Anchor, string Heading)
{
    /// <summary>Its partial on a profile (Views/Sections), or null where the profile has no such section.</summary>
    public string? ProfilePartial { get; init; }

    /// <summary>Its partial on a comparison (Views/Sections), or null where the comparison has no such section.</summary>
    public string? ComparisonPartial { get; init; }

    /// <summary>Its name in a comparison's guide, where it differs from the profile's.</summary>
    public string? ComparisonHeading { get; init; }

    /// <summary>Its one-line answer for one occupation, with its sources; null where it has nothing to show.</summary>
    public Func<OccupationProfileViewModel, string?> ProfileLine { get; init; } = _ => null;

    /// <summary>Its one-line answer for a comparison, with its sources; null where it has nothing to show.</summary>
    public Func<CompareViewModel, string?> ComparisonLine { get; init; } = _ => null;

    /// <summary>The one-line answer for the page's model (a profile or a comparison); null for any other.</summary>
    public string? LineFor(object? model) => model switch
    {
        OccupationProfileViewModel profile => ProfileLine(profile),
        CompareViewModel comparison => ComparisonLine(comparison),
        _ => null,
    };
}

/// <summary>A link of the "On this page" guide: a section's anchor and its name.</summary>
public sealed record GuideLink(string Anchor, string Heading);

/// <summary>How one-line answers are written: a figure and, in brackets, the releases it comes from.</summary>
internal static partial class SectionLine
{
    /// <summary>"Median pay: $97,550 a year (BLS OEWS, May 2025)": the sources named once each, in order.</summary>
    public static string Cite(string text, params FigureSource[] sources) =>
        $"{text} ({string.Join("; ", sources.Select(s => s.ToString()).Distinct(StringComparer.Ordinal))})";

    /// <summary>The first sentence of a text: up to the first full stop followed by a capital letter or the end.</summary>
    public static string? FirstSentence(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Sentence().Match(text.Trim()) is { Success: true } m ? m.Groups[1].Value : text.Trim();

    /// <summary>
    /// A comparison's line: each occupation's figure, read from the first of its keys the occupation has, with their
    /// sources: "Median pay: Registered Nurses $97,550; Actors $29.05 an hour (BLS OEWS, May 2025)"; null where none has one.
    /// </summary>
    public static string? Each(IReadOnlyList<OccupationDetails> occupations, string label, Func<OccupationDetails, IEnumerable<string>> keys)
    {
        var said = new List<string>();
        var sources = new List<FigureSource>();
        foreach (var o in occupations)
        {
            if (keys(o).Select(k => Services.FigureCatalogue.Find(k, o)).FirstOrDefault(d => d is not null) is not { } definition)
            {
                continue;
            }

            var figure = definition.Read(o);
            said.Add($"{o.Title} {Text(figure) ?? FigureFormat.Unknown}{(figure.Kind == FigureKind.MoneyCents && figure.IsKnown ? " an hour" : string.Empty)}");
            sources.Add(definition.SourceFor(o));
        }

        return said.Count == 0 ? null : Cite($"{label}: {string.Join("; ", said)}", [.. sources]);
    }

    /// <summary>A figure as the page writes it, or null when it is unknown.</summary>
    public static string? Text(Figure figure) => FigureFormat.Format(figure);

    [GeneratedRegex(@"^(.+?[.!?])(?=\s+[A-Z“""(]|\s*$)", RegexOptions.Singleline)]
    private static partial Regex Sentence();
}
