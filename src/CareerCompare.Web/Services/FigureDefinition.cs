using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>How two values of one figure are compared on a comparison page and in the comparison API.</summary>
public enum DifferenceRule
{
    /// <summary>Money "+$24,144 (+34%)", counts "+1,200 (+5%)", numbers "+2", percentages "+4.8 pts".</summary>
    Subtract,

    /// <summary>Words: "Same" or "Different".</summary>
    SameOrDifferent,

    /// <summary>A range, by its ends: "Low end +$4,000, high end −$2,000".</summary>
    Range,

    /// <summary>Not compared (a description of the figures rather than a figure).</summary>
    None,
}

/// <summary>An entry of the catalogue: one figure, or a family of figures of the same shape.</summary>
public abstract record CatalogueEntry(string DataSet);

/// <summary>
/// One figure: its stable key (the API's and the CSV's name for it), where it belongs, what it is called, its unit,
/// its source and vintage, which occupations have it, how it is read and how two of its values are compared.
/// </summary>
/// <param name="Key">A stable name for programs: "wages.annual.median". Never changed once published.</param>
/// <param name="Section">The part of the profile it belongs to: "pay", "jobs", "education", "demographics", "skills".</param>
/// <param name="Label">Its full name, as the API and the CSV files give it.</param>
/// <param name="Unit">"USD per year", "percent", "jobs"…; null for words.</param>
/// <param name="DataSet">The occupations that have it: official statistics or the careers site's estimates.</param>
/// <param name="Publisher">Who published it and which release; null for the careers site's estimates, whose source is the occupation's own page.</param>
/// <param name="Reader">How the figure is read from one occupation; unknown, not zero, where the source gives none (<see cref="Read"/> keeps what it read).</param>
/// <param name="Applies">For figures only some occupations of the data set have (hourly-only occupations…).</param>
/// <param name="Published">False for a page's wording of figures the API already gives one by one (a range, a state with its wage).</param>
/// <param name="PublisherFor">The release for one occupation where it is not the same for all: an occupation BLS no longer publishes keeps its last year's.</param>
/// <param name="Period">
/// Where the figure's time is not the same for every occupation, its time for one ("in May 2024", "since May 2021"),
/// from its source: the label is then <see cref="Label"/> and that ("Change in jobs since May 2021"), and a comparison
/// whose occupations differ in it says each value's own time beside it.
/// </param>
/// <param name="PeriodInGeneral">What the label says instead of one occupation's time where several differ in it ("over a year").</param>
/// <param name="HigherIsBetter">
/// A comparison marks the highest value (pay, jobs, growth, openings). False where more is not better, only different:
/// an age, a share of women, the experience a job asks for, a skill's importance.
/// </param>
public sealed record FigureDefinition(
    string Key,
    string Section,
    string Label,
    string? Unit,
    string DataSet,
    FigureSource? Publisher,
    Func<OccupationDetails, Figure> Reader,
    DifferenceRule Difference = DifferenceRule.Subtract,
    Func<OccupationDetails, bool>? Applies = null,
    bool Published = true,
    Func<OccupationDetails, FigureSource>? PublisherFor = null,
    Func<OccupationDetails, string?>? Period = null,
    string? PeriodInGeneral = null,
    bool HigherIsBetter = false) : CatalogueEntry(DataSet)
{
    /// <summary>
    /// The figure of one occupation: read by <see cref="Reader"/> the first time and kept with the occupation, which does
    /// not change until the next import (the comparison's rows, its short answer, the API and the charts read the same
    /// figures many times).
    /// </summary>
    public Figure Read(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return Kept ? occupation.FigureMemo.GetOrAdd(Key, static (_, x) => x.Definition.Reader(x.Occupation), (Definition: this, Occupation: occupation))
            : Reader(occupation);
    }

    /// <summary>
    /// Whether what <see cref="Read"/> reads is kept with the occupation: the catalogue's own figures are; a family's
    /// members (a state, a skill, a year: hundreds an occupation, each read once by a page) are read each time.
    /// </summary>
    public bool Kept { get; init; } = true;

    /// <summary>The figure's name without one occupation's time: "Change in jobs over a year".</summary>
    public string GeneralLabel => PeriodInGeneral is null ? Label : $"{Label} {PeriodInGeneral}";

    /// <summary>The figure's name for one occupation: its label with its own time where that varies ("Jobs in May 2024").</summary>
    public string LabelFor(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return PeriodOf(occupation) is { } period ? $"{Label} {period}" : Label;
    }

    /// <summary>The figure's own time for this occupation, or null where the figure has none of its own.</summary>
    public string? PeriodOf(OccupationDetails occupation) => Period?.Invoke(occupation);

    public bool AppliesTo(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return occupation.DataSet == DataSet && (Applies?.Invoke(occupation) ?? true);
    }

    public SourcedFigure Of(OccupationDetails occupation) => new(Key, Section, LabelFor(occupation), Read(occupation), SourceFor(occupation), Unit);

    /// <summary>The figure's source for this occupation: the publisher and release, or the careers site's page it was taken from.</summary>
    public FigureSource SourceFor(OccupationDetails occupation)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        return PublisherFor?.Invoke(occupation) ?? Publisher ?? FigureSource.Estimate(occupation.Source, occupation.SourceReference);
    }

    /// <summary>
    /// How <paramref name="first"/> differs from <paramref name="other"/> for this figure: never across sources,
    /// null when either is unknown or top-coded (the truth is unknown), or when the rule says not to compare.
    /// </summary>
    public string? DifferenceOf(OccupationDetails first, OccupationDetails other)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(other);
        return first.DataSet != other.DataSet ? FigureCatalogue.DifferentSources : Difference switch
        {
            DifferenceRule.None => null,
            DifferenceRule.Range => FigureCatalogue.RangeDifference(first, other),
            _ => FigureFormat.Difference(Read(first), Read(other)),
        };
    }
}

/// <summary>
/// A set of figures of the same shape, one per member an occupation has: a skill, a survey group, an education level.
/// A member's key is the prefix and the member's key ("skills.importance.active-listening").
/// </summary>
/// <param name="Members">The members an occupation has, each with the key part and the name its figure is read by.</param>
/// <param name="KeyFormat">A member's whole key from its key part, where the key does not start with the prefix.</param>
/// <param name="PublisherOf">A member's own release, where the members are not of one (a year of the history is that year's release).</param>
/// <param name="HigherIsBetter">As a figure's: a comparison marks the highest member value (a state's mean, a sector's median).</param>
public sealed record FigureFamily(
    string KeyPrefix,
    string Section,
    Func<string, string> Label,
    string? Unit,
    string DataSet,
    FigureSource? Publisher,
    Func<OccupationDetails, IEnumerable<FamilyMember>> Members,
    Func<OccupationDetails, string, Figure> Read,
    Func<string, string>? KeyFormat = null,
    Func<string, FigureSource>? PublisherOf = null,
    bool HigherIsBetter = false) : CatalogueEntry(DataSet)
{
    public FigureDefinition Member(FamilyMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(KeyFormat?.Invoke(member.Key) ?? $"{KeyPrefix}.{member.Key}", Section, Label(member.Name), Unit, DataSet,
            PublisherOf?.Invoke(member.Name) ?? Publisher, o => Read(o, member.Name), HigherIsBetter: HigherIsBetter) { Kept = false };
    }

    /// <summary>Members named by their names: "Black or African American" is keyed "black-or-african-american".</summary>
    public static IEnumerable<FamilyMember> Named(IEnumerable<string> names) => names.Select(n => new FamilyMember(Slug.FromTitle(n), n));
}

/// <summary>A member of a figure family: its key part and its name.</summary>
public sealed record FamilyMember(string Key, string Name);
