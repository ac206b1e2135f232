using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Sections;

/// <summary>What the work is: O*NET's description, whose first sentence opens the profile.</summary>
internal static class DescriptionSection
{
    /// <summary>The description's first sentence, said under the profile's title; null where O*NET has no description.</summary>
    internal static string? FirstSentence(OccupationDetails o) => SectionLine.FirstSentence(o.Description);

    /// <summary>The description's one-line answer: its first sentence, with its source.</summary>
    internal static string Headline(OccupationDetails o) =>
        SectionLine.Cite((FirstSentence(o) ?? "O*NET has no description of this occupation.").TrimEnd('.'), OfficialSources.Onet);

    /// <summary>A comparison's line on what each does: the descriptions side by side, and where they come from.</summary>
    internal static string ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations) =>
        $"What each of the {occupations.Count} occupations does, in {(occupations.All(o => o.IsOfficial) ? "O*NET's" : "each source's")} words";
}
