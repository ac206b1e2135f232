using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

public sealed record CompareViewModel
{
    public required IReadOnlyList<OccupationDetails> Occupations { get; init; }

    /// <summary>The same comparison with its slugs in canonical (ordinal) order: the address search engines are given.</summary>
    public required string CanonicalPair { get; init; }

    /// <summary>"Patient relations director vs patient account manager".</summary>
    public required string Heading { get; init; }

    /// <summary>Headers of the difference columns: "Difference" for two occupations, "A vs C"… for more.</summary>
    public required IReadOnlyList<string> DifferenceHeaders { get; init; }

    /// <summary>Sentences written from the figures (how long it takes, who earns more).</summary>
    public required IReadOnlyList<string> Introduction { get; init; }

    /// <summary>Sentences naming each occupation's top three skills.</summary>
    public required IReadOnlyList<string> SkillsSummary { get; init; }

    public required CompareTable Overview { get; init; }
    public required CompareTable Salary { get; init; }
    public required CompareTable Education { get; init; }
    public required CompareTable Demographics { get; init; }

    /// <summary>Jobs and projections; only when an official occupation is compared.</summary>
    public required CompareTable? Outlook { get; init; }

    /// <summary>Null when the skills are measured differently (careers-site shares against O*NET importance).</summary>
    public required CompareTable? Skills { get; init; }

    public required ChartViewModel SalaryChart { get; init; }
    public required ChartViewModel? SkillsChart { get; init; }
    public required ChartViewModel? EducationChart { get; init; }
    public required ChartViewModel GenderChart { get; init; }
    public required ChartViewModel RaceChart { get; init; }

    public required ComparePickerViewModel Picker { get; init; }

    /// <summary>Comparisons of each occupation with its closest related occupations not compared here.</summary>
    public required IReadOnlyList<SuggestedComparison> Suggestions { get; init; }

    public required PageMeta Meta { get; init; }
}

/// <summary>One table of the comparison: a column per occupation, then the difference columns.</summary>
public sealed record CompareTable(
    string Id,
    string Caption,
    IReadOnlyList<OccupationDetails> Occupations,
    IReadOnlyList<string> DifferenceHeaders,
    IReadOnlyList<CompareRow> Rows);

/// <summary>
/// One row of a comparison table: a value per occupation, which of them is highest (marked in words, not
/// colour) and how the first occupation differs from each of the others.
/// </summary>
/// <param name="Group">Rows that belong together ("Gender ratio", "Race ratio") share a group heading.</param>
public sealed record CompareRow(
    string Label,
    IReadOnlyList<Figure> Values,
    IReadOnlyList<bool> IsHighest,
    IReadOnlyList<string?> Differences,
    string? Group = null);

/// <summary>The form that opens a comparison of two to four occupations.</summary>
/// <param name="Chosen">What each of the four boxes holds: an occupation's title, or what the visitor typed.</param>
public sealed record ComparePickerViewModel(IReadOnlyList<string?> Chosen, string? Error = null)
{
    public const int Slots = 4;

    public string? ChosenAt(int index) => index < Chosen.Count ? Chosen[index] : null;
}
