using System.Globalization;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Services;
using static CareerCompare.Web.Sections.SectionFigures;
using static CareerCompare.Web.Services.ShortAnswerBuilder;

namespace CareerCompare.Web.Sections;

/// <summary>One of the studies' measures: what it is called, how it was made, where it is published, and its two figures.</summary>
/// <param name="Id">For element ids: "people", "gpt4", "assistant".</param>
/// <param name="Name">What the measure is called on the page.</param>
/// <param name="Study">The study's short name, as its authors write it.</param>
/// <param name="Method">How the study made it, in one sentence.</param>
/// <param name="Address">Where the study is published.</param>
/// <param name="ShortName">The comparison's row name: "Tasks exposed, rated by people".</param>
internal sealed record AiMeasure(string Id, string Name, string ShortName, string Study, FigureSource Source, string Method, string Address,
    string ValueKey, string PercentileKey, Func<OccupationDetails, double?> Value, Func<OccupationDetails, double?> Percentile);

/// <summary>
/// Exposure to AI, from two published studies, each measure with its own name, method and year and never averaged into
/// one number: "GPTs are GPTs" (how much of the job's task list a language model could speed up, by the study's
/// rubric, rated by people and by GPT-4) and "Working with AI" (how often and how well people already use an AI
/// assistant for the job's work activities). Each as a raw value and as a percentile among the occupations the study
/// rates on this site. Neither predicts job loss, and their authors say so.
/// </summary>
internal static class AiExposureSection
{
    public static readonly Section Section = new("ai", Figures)
    {
        Answers = [(occupations, _, notes) => Answer(occupations, notes)],
        Verdicts = [(occupations, _) => LeastExposed(occupations)],
    };

    /// <summary>Where two studies' percentiles differ by more than this many points, the profile says they disagree.</summary>
    public const double DisagreementPoints = 40;

    public const string GptsName = "GPTs are GPTs";
    public const string WorkingWithAiName = "Working with AI";

    private const string GptsMethod = "Trained annotators read each task of the job's O*NET task list and rated whether a large language model could cut "
        + "the time it takes by at least half at the same quality, on its own (E1) or with software built on it (E2); β is the share of the "
        + "job's tasks so exposed, counting E2 tasks as half.";

    public static IReadOnlyList<AiMeasure> Measures { get; } =
    [
        new("people", "Share of tasks exposed to language models, rated by people (β)", "Tasks exposed, rated by people", GptsName, OfficialSources.GptsAreGpts, GptsMethod,
            AiExposureFiles.GptsAddress, "ai.gpts.people.beta", "ai.gpts.people.percentile", o => o.GptsHumanBeta, o => o.GptsHumanBetaPercentile),
        new("gpt4", "Share of tasks exposed to language models, rated by GPT-4 (β)", "Tasks exposed, rated by GPT-4", GptsName, OfficialSources.GptsAreGpts,
            "The same rubric applied to the same tasks by GPT-4 instead of people.",
            AiExposureFiles.GptsAddress, "ai.gpts.gpt4.beta", "ai.gpts.gpt4.percentile", o => o.GptsModelBeta, o => o.GptsModelBetaPercentile),
        new("assistant", "AI applicability score", "AI applicability", WorkingWithAiName, OfficialSources.WorkingWithAi,
            "Anonymised conversations of people in the United States with Bing Copilot were sorted into O*NET's work activities; the score "
            + "weighs each of the job's activities by its importance in the job and by how often people sought or got help with it, how often "
            + "the assistant completed it and how broad its help was, averaged over what users asked and what the assistant did.",
            AiExposureFiles.WorkingWithAiAddress, "ai.workingWithAi.score", "ai.workingWithAi.percentile", o => o.AiApplicabilityScore, o => o.AiApplicabilityPercentile),
    ];

    /// <summary>What each study's authors say their measure is not, in their words or close to them.</summary>
    public static string NotJobLoss(AiMeasure measure) => measure.Study == GptsName
        ? "Its authors say exposure does not tell whether AI would replace the work or help with it: a job with exposed tasks need not go away."
        : "Its authors write that their metrics “should not be misconstrued or misrepresented as measuring the ability of AI to replace jobs.”";

    /// <summary>How a percentile is defined, said wherever one is shown.</summary>
    public const string PercentileDefinition = "Percentile: the share of the other occupations the study rates on this site with a lower value, "
        + "those with the same value counting half (0 the least exposed, 100 the most).";

    private static Figure PercentileFigure(double? percentile) =>
        Figure.Number(percentile is { } p ? Math.Round(p, MidpointRounding.AwayFromZero) : null);

    private static IEnumerable<CatalogueEntry> Figures()
    {
        foreach (var m in Measures)
        {
            var unit = m.Study == GptsName ? "share of tasks, 0 to 1" : "score, 0 to 1";
            yield return OfficialFigure(m.ValueKey, "ai", $"{m.Name} ({m.Study})", unit, m.Source, o => Figure.Number(m.Value(o)));
            yield return OfficialFigure(m.PercentileKey, "ai", $"{m.Name} ({m.Study}): percentile among the occupations it rates", "percentile, 0 to 100", m.Source,
                o => PercentileFigure(m.Percentile(o)));
        }

        yield return OfficialFigure("ai.gpts.combined", "ai", $"O*NET-SOC codes whose {GptsName} ratings are averaged, weighted equally", null,
            OfficialSources.GptsAreGpts, o => Figure.Words(o.GptsCodesCombined), DifferenceRule.None);
    }

    /// <summary>The comparison's rows: each measure's percentile, then its raw value.</summary>
    public static IEnumerable<RowSpec> CompareRows() =>
        Measures.SelectMany(m => new[] { Short($"{m.ShortName}: percentile", m.PercentileKey), Short($"{m.ShortName}: value", m.ValueKey) });

    /// <summary>A row under a short name whichever occupations are compared: the figures' full labels are in the API and the list above the table.</summary>
    private static RowSpec Short(string label, string key) => new(label, [key], OfficialLabel: label);

    /// <summary>"62nd", "1st", "11th".</summary>
    public static string Ordinal(double percentile)
    {
        var n = (int)Math.Round(percentile, MidpointRounding.AwayFromZero);
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>
    /// The section's one-line answer: each study's headline percentile ("62nd percentile of tasks exposed to language
    /// models, rated by people (GPTs are GPTs); 80th of AI applicability (Working with AI)"); null where neither rates it.
    /// </summary>
    public static string? Headline(OccupationDetails o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var parts = new List<string>();
        if (o.GptsHumanBetaPercentile is { } people)
        {
            parts.Add($"{Ordinal(people)} percentile of tasks exposed to language models, rated by people ({GptsName}, {OfficialSources.GptsAreGpts.Vintage})");
        }

        if (o.AiApplicabilityPercentile is { } assistant)
        {
            parts.Add($"{Ordinal(assistant)} percentile of AI applicability, from people's use of an AI assistant ({WorkingWithAiName}, {OfficialSources.WorkingWithAi.Vintage})");
        }

        if (!o.IsOfficial)
        {
            return null;
        }

        return parts.Count == 0 ? $"Not rated by either study ({GptsName}; {WorkingWithAiName})." : Wording.Capitalize(string.Join("; ", parts)) + ".";
    }

    /// <summary>
    /// A comparison's one-line answer: each official occupation's percentile by the people-rated measure ("Tasks exposed,
    /// rated by people: Registered Nurses 21st percentile; Software Developers 85th (GPTs are GPTs, 2024)"), with those the
    /// study does not rate said so; null where no official occupation is compared.
    /// </summary>
    public static string? ComparisonHeadline(IReadOnlyList<OccupationDetails> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var official = occupations.Where(o => o.IsOfficial).ToList();
        if (official.Count == 0)
        {
            return null;
        }

        var people = People;
        var said = official.Select(o => people.Percentile(o) is { } p ? $"{o.Title} {Ordinal(p)}" : $"{o.Title} not rated");
        return $"Percentile of tasks exposed to language models, rated by people: {string.Join("; ", said)} ({GptsName}, {OfficialSources.GptsAreGpts.Vintage})";
    }

    /// <summary>
    /// The verdict strip's row: the occupation least exposed by both studies' headline measures, or that the studies
    /// disagree; null where fewer than two official occupations are rated by either.
    /// </summary>
    private static Verdict? LeastExposed(IReadOnlyList<OccupationDetails> occupations)
    {
        var byPeople = Rated(occupations, People);
        var byAssistant = Rated(occupations, Assistant);
        if (byPeople.Count < 2 && byAssistant.Count < 2)
        {
            return null;
        }

        var leastPeople = Least(byPeople, People);
        var leastAssistant = Least(byAssistant, Assistant);
        const string Question = "Least exposed to AI";
        if (leastPeople is not null && leastPeople == leastAssistant)
        {
            return new Verdict("ai", Question, "ai-exposure", leastPeople.Title,
                $"{Ordinal(People.Percentile(leastPeople)!.Value)} and {Ordinal(Assistant.Percentile(leastPeople)!.Value)} percentiles",
                Note: "by both studies");
        }

        if (leastPeople is not null && leastAssistant is not null)
        {
            return new Verdict("ai", Question, "ai-exposure", null, "the two studies disagree",
                Note: $"{leastPeople.Title} by tasks people rated, {leastAssistant.Title} by assistant use");
        }

        if ((leastPeople ?? leastAssistant) is { } least)
        {
            var measure = leastPeople is not null ? People : Assistant;
            return new Verdict("ai", Question, "ai-exposure", least.Title, $"{Ordinal(measure.Percentile(least)!.Value)} percentile",
                Note: $"by {measure.Study}; the other study does not tell them apart");
        }

        return new Verdict("ai", Question, "ai-exposure", null, "no clear lowest", Note: "tied in both studies");
    }

    /// <summary>The people-rated measure of "GPTs are GPTs" and the applicability score of "Working with AI": the studies' headline measures.</summary>
    private static AiMeasure People => Measures[0];

    private static AiMeasure Assistant => Measures[2];

    private static List<OccupationDetails> Rated(IEnumerable<OccupationDetails> occupations, AiMeasure m) =>
        occupations.Where(o => o.IsOfficial && m.Percentile(o) is not null).ToList();

    /// <summary>The one occupation a measure puts strictly lowest among those it rates; null for a tie or fewer than two.</summary>
    private static OccupationDetails? Least(List<OccupationDetails> rated, AiMeasure m)
    {
        var ordered = rated.OrderBy(o => m.Percentile(o)).ToList();
        return ordered.Count >= 2 && m.Percentile(ordered[0]) < m.Percentile(ordered[1]) ? ordered[0] : null;
    }

    /// <summary>Where the two studies' headline percentiles differ by more than <see cref="DisagreementPoints"/>: by how much; else null.</summary>
    public static double? Disagreement(OccupationDetails o) =>
        o.GptsHumanBetaPercentile is { } a && o.AiApplicabilityPercentile is { } b && Math.Abs(a - b) > DisagreementPoints ? Math.Abs(a - b) : null;

    /// <summary>How many of the job's tasks have no label in the study (its task list changed since, or the study skipped them).</summary>
    public static int UnlabelledTasks(OccupationDetails o) => Math.Max(0, o.Responsibilities.Count - o.TaskExposures.Count);

    /// <summary>
    /// "Least exposed by both measures: Registered Nurses (…)", or which each measure puts lowest where they disagree,
    /// over the official occupations each study rates; null where fewer than two are rated.
    /// </summary>
    private static AnswerLine? Answer(IReadOnlyList<OccupationDetails> occupations, Footnotes notes)
    {
        var people = People;
        var assistant = Assistant;
        var byPeople = Rated(occupations, people);
        var byAssistant = Rated(occupations, assistant);
        if (byPeople.Count < 2 && byAssistant.Count < 2)
        {
            return null;
        }

        string Said(OccupationDetails o) =>
            Wording.JoinList(new[] { (people, "of tasks exposed, rated by people"), (assistant, "of AI applicability") }
                .Where(x => x.Item1.Percentile(o) is not null)
                .Select(x => $"{Ordinal(x.Item1.Percentile(o)!.Value)} percentile {x.Item2}").ToList());

        var leastPeople = Least(byPeople, people);
        var leastAssistant = Least(byAssistant, assistant);
        var parts = new List<string>();
        if (leastPeople is not null && leastPeople == leastAssistant)
        {
            parts.Add($"Least exposed by both measures: {Name(leastPeople)} ({Said(leastPeople)}).");
        }
        else if (leastPeople is not null && leastAssistant is not null)
        {
            parts.Add($"The two studies disagree: {Name(leastPeople)} {Verb(leastPeople, "are", "is")} least exposed by the tasks people rated "
                + $"({GptsName}), {Name(leastAssistant)} by people's use of an AI assistant ({WorkingWithAiName}).");
        }
        else if ((leastPeople ?? leastAssistant) is { } least)
        {
            var m = leastPeople is not null ? $"by the tasks people rated ({GptsName})" : $"by people's use of an AI assistant ({WorkingWithAiName})";
            parts.Add($"Least exposed {m}: {Name(least)} ({Said(least)}); the other study does not tell them apart.");
        }
        else
        {
            parts.Add("The compared occupations are equally exposed by the studies' measures.");
        }

        foreach (var o in occupations.Where(o => o.IsOfficial))
        {
            var missing = Measures.Where(m => m.Id != "gpt4" && m.Value(o) is null).Select(m => m.Study).ToList();
            if (missing.Count > 0)
            {
                parts.Add($"{Wording.Capitalize(Name(o))}: not rated by {Wording.JoinList(missing, conjunction: "or")}.");
            }
        }

        parts.Add("Exposure is not a forecast of job loss; the studies' authors say so.");
        var cited = Entries(occupations.Where(o => o.IsOfficial).ToList(), people.PercentileKey)
            .Concat(Entries(occupations.Where(o => o.IsOfficial).ToList(), assistant.PercentileKey));
        return new AnswerLine("ai", "Which is least exposed to AI?", string.Join(" ", parts), null, null, notes.Cite(cited));
    }

    /// <summary>The section's note: the studies with their years, and how the percentiles are defined.</summary>
    public static string Note() =>
        $"Sources: {OfficialSources.GptsAreGpts} (data: the authors' repository, MIT licence); {OfficialSources.WorkingWithAi} (data: the authors' "
        + $"repository, CC BY 4.0). {PercentileDefinition}";
}
