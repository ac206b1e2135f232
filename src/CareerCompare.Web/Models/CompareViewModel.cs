using CareerCompare.Web.Formatting;

namespace CareerCompare.Web.Models;

public sealed record CompareViewModel
{
    public required IReadOnlyList<OccupationDetails> Occupations { get; init; }

    /// <summary>Whether any occupation compared is official: the official sections' notes are written only then.</summary>
    public bool AnyOfficial => Occupations.Any(o => o.IsOfficial);

    /// <summary>The same comparison with its slugs in canonical (ordinal) order: the address search engines are given.</summary>
    public required string CanonicalPair { get; init; }

    /// <summary>"Patient relations director vs patient account manager".</summary>
    public required string Heading { get; init; }

    /// <summary>The short answer first: which pays more, grows faster, has more openings, needs more school, who does it.</summary>
    public required ShortAnswerViewModel ShortAnswer { get; init; }

    /// <summary>Sentences written from the figures (how long it takes, who earns more).</summary>
    public required IReadOnlyList<string> Introduction { get; init; }

    /// <summary>Sentences naming each occupation's top three skills.</summary>
    public required IReadOnlyList<string> SkillsSummary { get; init; }

    public required CompareTable Overview { get; init; }
    public required CompareTable Salary { get; init; }
    public required CompareTable Education { get; init; }
    public required CompareTable Demographics { get; init; }

    /// <summary>Exposure to AI from the two studies; only when a compared official occupation is rated by one.</summary>
    public CompareTable? AiExposure { get; init; }

    /// <summary>Jobs and projections; only when an official occupation is compared.</summary>
    public required CompareTable? Outlook { get; init; }

    /// <summary>
    /// Null when the skills are measured differently (careers-site shares against O*NET importance) or none is rated;
    /// a column for each occupation that has ratings.
    /// </summary>
    public required CompareTable? Skills { get; init; }

    /// <summary>What each move from the first occupation to another takes: levels to build, levels already there, tools.</summary>
    public required IReadOnlyList<Services.SkillMove> SkillMoves { get; init; }

    public required ChartViewModel SalaryChart { get; init; }

    /// <summary>The official occupations' medians since May 2019 overlaid; null where none has two years.</summary>
    public ChartViewModel? HistoryChart { get; init; }
    public required ChartViewModel? SkillsChart { get; init; }
    public required ChartViewModel? EducationChart { get; init; }

    /// <summary>O*NET's interest scores of the official occupations; null where none has them.</summary>
    public required ChartViewModel? InterestsChart { get; init; }

    /// <summary>O*NET's related work experience and on-the-job training distributions, one table each.</summary>
    public required IReadOnlyList<(string Id, string Caption, ChartTable Table)> TimeTables { get; init; }
    public required ChartViewModel GenderChart { get; init; }
    public required ChartViewModel RaceChart { get; init; }

    public required ComparePickerViewModel Picker { get; init; }

    /// <summary>The state the comparison is shown in (<c>?state=TX</c>), or null for national figures only.</summary>
    public StateSummary? State { get; init; }

    /// <summary>Every state, for the picker that shows the comparison in one.</summary>
    public IReadOnlyList<StateSummary> States { get; init; } = [];

    /// <summary>Pay in <see cref="State"/>: state means, at national prices, against the national mean of the same year.</summary>
    public CompareTable? StatePay { get; init; }

    /// <summary>For each careers-site occupation: the official occupation nearest to it, to read or compare with instead.</summary>
    public IReadOnlyList<Counterpart> Counterparts { get; init; } = [];

    /// <summary>Comparisons of each occupation with its closest related occupations not compared here.</summary>
    public required IReadOnlyList<SuggestedComparison> Suggestions { get; init; }

    public required PageMeta Meta { get; init; }
}

/// <summary>One table of the comparison: a column per occupation, of equal width.</summary>
/// <param name="Removable">The header of each column offers to remove its occupation (the first table of the page).</param>
/// <param name="StateCode">The state the comparison is shown in: removing an occupation keeps it.</param>
public sealed record CompareTable(
    string Id,
    string Caption,
    IReadOnlyList<OccupationDetails> Occupations,
    IReadOnlyList<CompareRow> Rows,
    bool Removable = false,
    string? StateCode = null)
{
    /// <summary>Estimates beside official figures: each value says its source, and the table says once that they are not subtracted.</summary>
    public bool MixedSources => Occupations.Select(o => o.DataSet).Distinct().Count() > 1;
}

/// <summary>
/// One row of a comparison table: a value per occupation, which of them is highest (marked in words, not
/// colour) and, in each cell after the first, how that occupation differs from the first.
/// </summary>
/// <param name="Differences">Per occupation: null for the first; for the others how it differs from the first ("+$24,144 (+34%)"), or null.</param>
/// <param name="Sources">Per occupation, in a table that mixes sources: who gives the value ("BLS OEWS", "Careers-site estimate"); else null.</param>
/// <param name="Group">Rows that belong together ("Gender ratio", "Race ratio") share a group heading.</param>
public sealed record CompareRow(
    string Label,
    IReadOnlyList<Figure> Values,
    IReadOnlyList<bool> IsHighest,
    IReadOnlyList<string?> Differences,
    IReadOnlyList<string?>? Sources = null,
    string? Group = null)
{
    /// <summary>The catalogue key of the row's first figure ("wages.annual.median"): what the API and CSV name the row by.</summary>
    public string? Key { get; init; }
}

/// <summary>The form that opens a comparison of two to four occupations.</summary>
/// <param name="Chosen">What each of the four boxes holds: an occupation's title, or what the visitor typed.</param>
/// <param name="StateCode">The state the comparison is shown in: sent with the form, so the new comparison keeps it.</param>
public sealed record ComparePickerViewModel(IReadOnlyList<string?> Chosen, string? Error = null, string? StateCode = null)
{
    public const int Slots = 4;

    /// <summary>The box (0 to 3) whose entry named no one occupation, and the occupations it may have meant.</summary>
    public int ChoiceBox { get; init; } = -1;

    public IReadOnlyList<Services.PickerChoice> Choices { get; init; } = [];

    public string? ChosenAt(int index) => index < Chosen.Count ? Chosen[index] : null;

    /// <summary>The picker's address with <paramref name="slug"/> in the box that needs a choice and the other boxes as typed.</summary>
    public Dictionary<string, string> WithChoice(string slug)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Slots; i++)
        {
            if ((i == ChoiceBox ? slug : ChosenAt(i)) is { } value)
            {
                values[((char)('a' + i)).ToString()] = value;
            }
        }

        return values;
    }
}

/// <summary>The short answer at the top of a comparison: a line per question, and the sources its footnotes cite.</summary>
public sealed record ShortAnswerViewModel(IReadOnlyList<AnswerLine> Lines, IReadOnlyList<string> Footnotes)
{
    /// <summary>The verdict strip said before the lines: a row per question, naming the occupation and its figure.</summary>
    public IReadOnlyList<Verdict> Verdicts { get; init; } = [];
}

/// <summary>
/// One question answered from the figures: "Which pays more?" and its sentences.
/// </summary>
/// <param name="Id">A stable name for the question: "pay", "growth", "openings", "getting-in", "who".</param>
/// <param name="Leader">The slug of the occupation that leads, or null for a tie or when it cannot be told.</param>
/// <param name="Difference">How far it leads the next one ("$39,480 (42%)", "10.9 points"), or null.</param>
/// <param name="Footnotes">The numbers of the sources it cites, in <see cref="ShortAnswerViewModel.Footnotes"/> (from 1).</param>
public sealed record AnswerLine(string Id, string Question, string Text, string? Leader, string? Difference, IReadOnlyList<int> Footnotes);

/// <summary>A careers-site occupation, the official occupation nearest to it (our judgement) and the comparison of the two.</summary>
public sealed record Counterpart(OccupationDetails Estimate, OccupationLink Official, string Pair)
{
    /// <summary>
    /// The official occupation's best-paying industry sector and its source, said beside the careers site's own "Best
    /// paying industry" of <see cref="Estimate"/>; null where the careers site gives none or the official occupation has none.
    /// </summary>
    public (string Text, string Source)? BestIndustry { get; init; }
}
