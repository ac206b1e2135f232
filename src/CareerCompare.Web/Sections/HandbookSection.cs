using System.Text.RegularExpressions;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>
/// The Occupational Outlook Handbook's words (BLS): what the work is (its Summary), how to become one (education,
/// licences, experience, qualities, advancement, under the page's own sub-headings) and the work environment, each
/// with the citation BLS asks for; on a comparison, each occupation's licence and education paragraphs and a line
/// naming the ones whose page says a licence is required. The API gives the page's address, title, edition and licence
/// sentence as figures (so the CSV carries them) and the text itself in the occupation's <c>handbook</c>.
/// </summary>
internal static partial class HandbookSection
{
    public static readonly Section Section = new("handbook", Figures)
    {
        Answers = [(occupations, _, notes) => Answer(occupations, notes)],
        Verdicts = [(occupations, _) => Licence(occupations)],
    };

    /// <summary>
    /// The Handbook in general: its edition is the Employment Projections' years (a page's own edition, read from the
    /// page, is each figure's source: <see cref="SourceOf"/>).
    /// </summary>
    private static readonly FigureSource Handbook = OfficialSources.HandbookOf(OfficialSources.Projections.Vintage);

    /// <summary>The source of one occupation's Handbook text: its page's edition.</summary>
    public static FigureSource SourceOf(OccupationDetails o) => o.HandbookEdition is { } edition ? OfficialSources.HandbookOf(edition) : Handbook;

    private static IEnumerable<CatalogueEntry> Figures() =>
    [
        Text("handbook.address", "Occupational Outlook Handbook page", o => o.HandbookAddress),
        Text("handbook.title", "Occupational Outlook Handbook page's title", o => o.HandbookTitle),
        Text("handbook.licence", "A licence is required, in the Handbook's words (its sentence)", o => o.HandbookLicenceSentence),
    ];

    private static FigureDefinition Text(string key, string label, Func<OccupationDetails, string?> read) =>
        new(key, "handbook", label, null, FigureCatalogue.Official, Handbook, o => Figure.Words(read(o)), DifferenceRule.None, PublisherFor: SourceOf);

    /// <summary>Whether the Handbook has a page on the occupation.</summary>
    public static bool HasPage(OccupationDetails o) => o.HandbookAddress is not null && o.Handbook.Count > 0;

    /// <summary>The parts of one tab, in the page's order.</summary>
    public static IReadOnlyList<HandbookPart> Parts(OccupationDetails o, HandbookTab tab) => o.Handbook.Where(p => p.Tab == tab).ToList();

    /// <summary>A tab's parts grouped under its sub-headings, in the page's order (the first group's heading is null where text comes before any).</summary>
    public static IReadOnlyList<(string? Heading, IReadOnlyList<HandbookPart> Parts)> Groups(OccupationDetails o, HandbookTab tab) => Parts(o, tab)
        .Aggregate(new List<(string? Heading, IReadOnlyList<HandbookPart> Parts)>(), (groups, part) =>
        {
            if (groups.Count == 0 || groups[^1].Heading != part.Heading)
            {
                groups.Add((part.Heading, new List<HandbookPart>()));
            }

            ((List<HandbookPart>)groups[^1].Parts).Add(part);
            return groups;
        });

    /// <summary>The paragraphs of "How to Become One" under a sub-heading about licences or about education.</summary>
    public static IReadOnlyList<HandbookPart> Licences(OccupationDetails o) => Parts(o, HandbookTab.HowToBecomeOne)
        .Where(p => p.Heading is { } h && LicenceHeading().IsMatch(h)).ToList();

    public static IReadOnlyList<HandbookPart> Education(OccupationDetails o) => Parts(o, HandbookTab.HowToBecomeOne)
        .Where(p => p.Heading is { } h && h.StartsWith("Education", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>
    /// The citation BLS asks for: "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook,
    /// Registered Nurses, at https://www.bls.gov/ooh/healthcare/registered-nurses.htm" (the page's title and address).
    /// </summary>
    public static string Citation(OccupationDetails o) =>
        $"Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, {o.HandbookTitle}, at {o.HandbookAddress}";

    /// <summary>
    /// Where the page describes several of the site's occupations together: "The Handbook describes nurse practitioners
    /// together with nurse anesthetists and nurse midwives, as “Nurse Anesthetists, Nurse Midwives, and Nurse
    /// Practitioners”: its words are about all of them." Null where the page is the occupation's own.
    /// </summary>
    public static string? SharedPage(OccupationDetails o) => o.HandbookAlsoCovers.Count == 0 || !HasPage(o) ? null
        : $"The Handbook describes {Wording.Lower(o.Title)} together with {Others(o)}, as “{o.HandbookTitle}”: its words below are about all of them.";

    private static string Others(OccupationDetails o) => o.HandbookAlsoCovers.Count <= 4
        ? Wording.JoinList(o.HandbookAlsoCovers.Select(Wording.Lower).ToList())
        : $"{Wording.JoinList(o.HandbookAlsoCovers.Take(3).Select(Wording.Lower).Append($"{o.HandbookAlsoCovers.Count - 3} other occupations").ToList())}";

    /// <summary>
    /// The section's answer in one line: the first sentence of the Handbook's summary of how to become one, "Registered
    /// nurses usually take one of three education paths: … (the Handbook)"; null without a page.
    /// </summary>
    public static string? Headline(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (!o.IsOfficial)
        {
            return null;
        }

        return o.Handbook.Find(p => p.Tab == HandbookTab.HowToBecomeOneSummary) is { } first
            ? $"{FirstSentence(first.Text)} ({SourceOf(o)})"
            : "The Occupational Outlook Handbook has no page on this occupation; O*NET OnLine describes what it needs";
    }

    /// <summary>
    /// A comparison's one-line answer: which must be licensed in the Handbook's words, and of which it does not say so
    /// ("Must be licensed, in the Handbook's words: Registered Nurses; not said of Software Developers (BLS Occupational
    /// Outlook Handbook, 2024–34 edition)"); null where none of the compared occupations has a Handbook page.
    /// </summary>
    public static string? ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var withPage = occupations.Where(HasPage).ToList();
        if (withPage.Count == 0)
        {
            return null;
        }

        var licensed = withPage.Where(o => o.HandbookLicenceSentence is not null).Select(o => o.Title).ToList();
        var silent = withPage.Where(o => o.HandbookLicenceSentence is null).Select(o => o.Title).ToList();
        var parts = new List<string>();
        if (licensed.Count > 0)
        {
            parts.Add($"Must be licensed, in the Handbook's words: {Wording.JoinList(licensed)}");
        }

        if (silent.Count > 0)
        {
            parts.Add($"{(licensed.Count > 0 ? "not said of" : "The Handbook does not say that a licence is required for")} {Wording.JoinList(silent)}");
        }

        var noPage = occupations.Where(o => o.IsOfficial && !HasPage(o)).Select(o => o.Title).ToList();
        if (noPage.Count > 0)
        {
            parts.Add($"no Handbook page on {Wording.JoinList(noPage)}");
        }

        return SectionLine.Cite(string.Join("; ", parts), [.. withPage.Select(SourceOf)]);
    }

    /// <summary>
    /// The verdict strip's row: which must be licensed, named only where the Handbook says so in words; null where none
    /// of the compared occupations has a Handbook page.
    /// </summary>
    private static Verdict? Licence(IReadOnlyList<OccupationDetails> occupations)
    {
        var withPage = occupations.Where(HasPage).ToList();
        if (withPage.Count == 0)
        {
            return null;
        }

        var licensed = withPage.Where(o => o.HandbookLicenceSentence is not null).Select(o => o.Title).ToList();
        var silent = withPage.Where(o => o.HandbookLicenceSentence is null).Select(o => o.Title).ToList();
        return licensed.Count == 0
            ? new Verdict("licence", "Must be licensed", "how-to-get-in", null, "not said of any", Note: "in the Handbook's words")
            : new Verdict("licence", "Must be licensed", "how-to-get-in", Wording.JoinList(licensed), "the Handbook says so",
                Note: silent.Count == 0 ? null : $"not said of {(silent.Count == 1 ? silent[0] : $"the other {silent.Count}")}");
    }

    /// <summary>The work environment's answer in one line, from the Handbook's summary of it; null without a page.</summary>
    public static string? WorkEnvironmentHeadline(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.Handbook.Find(p => p.Tab == HandbookTab.WorkEnvironmentSummary) is { } first ? $"{FirstSentence(first.Text)} ({SourceOf(o)})" : null;
    }

    private static string FirstSentence(string text) => Sentence().Split(text)[0].TrimEnd('.');

    /// <summary>
    /// Which of the compared occupations must be licensed, only where the Handbook's "How to Become One" says so in a
    /// sentence (quoted); the others' pages are said to say nothing of it, and an occupation without a page is named as
    /// such. Null where none of them has a Handbook page.
    /// </summary>
    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var entries = Entries(occupations, "handbook.licence").Where(e => HasPage(e.Occupation)).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        var licensed = entries.Where(e => e.Occupation.HandbookLicenceSentence is not null).ToList();
        var silent = entries.Where(e => e.Occupation.HandbookLicenceSentence is null).Select(e => Name(e.Occupation)).ToList();
        var noPage = occupations.Where(o => o.IsOfficial && !HasPage(o)).Select(Name).ToList();
        var parts = new List<string>();
        if (licensed.Count > 0)
        {
            parts.Add($"{Wording.Capitalize(Wording.JoinList(licensed.Select(e => Name(e.Occupation)).ToList()))} must be licensed, in the Handbook's words: "
                + string.Join("; ", licensed.Select(e => licensed.Count == 1 ? $"“{e.Occupation.HandbookLicenceSentence}”" : $"{Name(e.Occupation)}, “{e.Occupation.HandbookLicenceSentence}”")));
        }

        if (silent.Count > 0)
        {
            parts.Add(licensed.Count == 0
                ? $"The Handbook does not say that {Wording.JoinList(silent)} must be licensed."
                : $"It does not say so of {Wording.JoinList(silent)}.");
        }

        if (noPage.Count > 0)
        {
            parts.Add($"The Handbook has no page on {Wording.JoinList(noPage)}.");
        }

        return new AnswerLine("licence", "Which need a licence?", string.Join(" ", parts), null, null, notes.Cite(entries));
    }

    [GeneratedRegex(@"^(Licens|License|Certification)", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceHeading();

    [GeneratedRegex(@"(?<![A-Z]\.[A-Z]\.)(?<=[.!?])\s+(?=[A-Z“""])")]
    private static partial Regex Sentence();
}
