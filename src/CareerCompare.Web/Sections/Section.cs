using CareerCompare.Web.Models;
using CareerCompare.Web.Services;

namespace CareerCompare.Web.Sections;

/// <summary>
/// One line of a comparison's short answer, written from the compared occupations' figures (and the state the page is
/// shown in, where one is chosen), its sources cited in <paramref name="notes"/>; null where it has nothing to say.
/// </summary>
internal delegate AnswerLine? AnswerWriter(IReadOnlyList<OccupationDetails> occupations, StateSummary? state, ShortAnswerBuilder.Footnotes notes);

/// <summary>
/// One row of a comparison's verdict strip, written from the same figures as the section's short-answer line; null where
/// the section's data answers no question for these occupations.
/// </summary>
internal delegate Verdict? VerdictWriter(IReadOnlyList<OccupationDetails> occupations, StateSummary? state);

/// <summary>
/// A data set's part of the site, defined once in its own file: its figures (the catalogue's entries, in the API's
/// order) and its lines of a comparison's short answer; the same file holds its rows of the comparison's tables. The
/// catalogue and the short answer are ordered lists of sections: a page decides the order, a section the content.
/// </summary>
/// <param name="Name">What the section is about, for people reading the code: "pay", "industries".</param>
/// <param name="Figures">Its catalogue entries, in the API's order; families sit where their members go.</param>
internal sealed record Section(string Name, Func<IEnumerable<CatalogueEntry>> Figures)
{
    /// <summary>Its lines of the short answer, in the order they are said.</summary>
    public IReadOnlyList<AnswerWriter> Answers { get; init; } = [];

    /// <summary>Its rows of the verdict strip that opens a comparison, in the order they are said.</summary>
    public IReadOnlyList<VerdictWriter> Verdicts { get; init; } = [];
}
