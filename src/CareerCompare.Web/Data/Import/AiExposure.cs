using System.Globalization;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data.Import;

/// <summary>The files of the two AI-exposure studies the import reads, relative to seed-data/, and what the studies are called.</summary>
public static class AiExposureFiles
{
    public const string GptsOccupations = "ai-exposure/gpts-are-gpts/occ_level.csv";
    public const string GptsTasks = "ai-exposure/gpts-are-gpts/full_labelset.tsv";
    public const string GptsLicence = "ai-exposure/gpts-are-gpts/LICENSE";
    public const string WorkingWithAiScores = "ai-exposure/working-with-ai/soc_ai_applicability_scores.csv";
    public const string WorkingWithAiActivities = "ai-exposure/working-with-ai/iwa_metrics.csv";
    public const string WorkingWithAiWeights = "ai-exposure/working-with-ai/soc_iwa_weights.csv";
    public const string WorkingWithAiOccupationActivities = "ai-exposure/working-with-ai/soc_to_iwas.csv";
    public const string WorkingWithAiNotice = "ai-exposure/working-with-ai/NOTICE.md";

    public static IReadOnlyList<string> All { get; } =
        [GptsOccupations, GptsTasks, WorkingWithAiScores, WorkingWithAiActivities, WorkingWithAiWeights, WorkingWithAiOccupationActivities];

    /// <summary>Eloundou, Manning, Mishkin and Rock, "GPTs are GPTs: Labor market impact potential of LLMs", Science, 2024.</summary>
    public const string GptsTitle = "Eloundou, Manning, Mishkin and Rock, “GPTs are GPTs”, Science";
    public const int GptsYear = 2024;
    public const string GptsAddress = "https://doi.org/10.1126/science.adj0998";
    public const string GptsData = "https://github.com/openai/GPTs-are-GPTs";

    /// <summary>Tomlinson, Jaffe, Wang, Counts and Suri, "Working with AI", Microsoft Research, arXiv 2507.07935, 2025.</summary>
    public const string WorkingWithAiTitle = "Tomlinson, Jaffe, Wang, Counts and Suri, “Working with AI”, Microsoft Research (arXiv 2507.07935)";
    public const int WorkingWithAiYear = 2025;
    public const string WorkingWithAiAddress = "https://arxiv.org/abs/2507.07935";

    /// <summary>How many of an occupation's work activities the profile names: those that add most to its score.</summary>
    public const int TopActivities = 5;
}

/// <summary>
/// Reads the two AI-exposure studies and joins them to the site's occupations, as the data README describes:
/// "GPTs are GPTs" by the first 7 characters of the O*NET-SOC code (the occupation's own ".00" row, else the mean of its
/// child codes' rows, weighted equally), its people-rated task labels to the occupation's O*NET tasks by Task ID;
/// "Working with AI" by the 6-digit SOC code, with each work activity's part of the score. Percentiles are set once
/// every occupation is read (<see cref="Rank"/>). Reads only.
/// </summary>
internal sealed class AiExposureIndex
{
    private const string OnetColumn = "O*NET-SOC Code";
    private readonly Dictionary<string, (double Human, double Model, string? Combined)> gpts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskExposureLevel> taskLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> scores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AssistedActivity>> activities = new(StringComparer.Ordinal);

    public AiExposureIndex(string directory)
    {
        var rows = DataFile.ReadCsv(directory, AiExposureFiles.GptsOccupations, [OnetColumn, "human_rating_beta", "dv_rating_beta"]);
        foreach (var group in rows.GroupBy(r => r[OnetColumn][..Math.Min(7, r[OnetColumn].Length)], StringComparer.Ordinal))
        {
            var own = group.FirstOrDefault(r => r[OnetColumn] == group.Key + ".00");
            var used = own is null ? group.ToList() : [own];
            double Mean(string column) => used.Average(r => Cell.Number(r, column) ?? throw r.Error(column, "a rating is required"));
            gpts[group.Key] = (Mean("human_rating_beta"), Mean("dv_rating_beta"),
                own is null ? string.Join(", ", used.Select(r => r[OnetColumn]).Order(StringComparer.Ordinal)) : null);
        }

        foreach (var row in DataFile.ReadTsv(directory, AiExposureFiles.GptsTasks, [OnetColumn, "Task ID", "human_exposure_agg"]))
        {
            taskLabels[TaskId(row, "Task ID")] = row["human_exposure_agg"] switch
            {
                "E0" => TaskExposureLevel.None,
                "E1" => TaskExposureLevel.Direct,
                "E2" => TaskExposureLevel.WithSoftware,
                _ => throw row.Error("human_exposure_agg", "not one of E0, E1, E2"),
            };
        }

        foreach (var row in DataFile.ReadCsv(directory, AiExposureFiles.WorkingWithAiScores, ["SOC Code", "ai_applicability_score"]))
        {
            scores[row["SOC Code"]] = Cell.Number(row, "ai_applicability_score") ?? throw row.Error("ai_applicability_score", "a score is required");
        }

        ReadActivities(directory);
    }

    /// <summary>O*NET writes a Task ID as "8823"; the study's file as "8823.0".</summary>
    private static string TaskId(DataRow row, string column) =>
        ((long)(Cell.Number(row, column) ?? throw row.Error(column, "a Task ID is required"))).ToString(CultureInfo.InvariantCulture);

    /// <summary>Each occupation's activities with what each adds to its score, by the README's Equation (1), largest first.</summary>
    private void ReadActivities(string directory)
    {
        var metrics = DataFile.ReadCsv(directory, AiExposureFiles.WorkingWithAiActivities,
                ["IWA", "title", "share_user", "completion_x_scope_x_coverage_user", "completion_x_scope_x_coverage_ai"])
            .ToDictionary(r => r["IWA"], r => (Title: r["title"], Share: Cell.Number(r, "share_user") ?? 0,
                Term: 0.5 * ((Cell.Number(r, "completion_x_scope_x_coverage_user") ?? 0) + (Cell.Number(r, "completion_x_scope_x_coverage_ai") ?? 0))),
                StringComparer.Ordinal);
        var weights = DataFile.ReadCsv(directory, AiExposureFiles.WorkingWithAiWeights, ["SOC Code"]).ToDictionary(r => r["SOC Code"], StringComparer.Ordinal);
        foreach (var occupation in DataFile.ReadCsv(directory, AiExposureFiles.WorkingWithAiOccupationActivities, ["SOC Code", "IWA"])
                     .GroupBy(r => r["SOC Code"], StringComparer.Ordinal))
        {
            if (!weights.TryGetValue(occupation.Key, out var weightRow))
            {
                throw occupation.First().Error("SOC Code", "no weights for this occupation in " + AiExposureFiles.WorkingWithAiWeights);
            }

            var weighted = occupation.Select(r => (Iwa: r["IWA"], Weight: Cell.Number(weightRow, r["IWA"]) ?? 0, Row: r)).ToList();
            var total = weighted.Sum(w => w.Weight);
            if (total <= 0)
            {
                continue;
            }

            activities[occupation.Key] = weighted
                .Select(w => metrics.TryGetValue(w.Iwa, out var m)
                    ? new AssistedActivity(m.Title, w.Weight / total, w.Weight / total * m.Term, m.Share)
                    : throw w.Row.Error("IWA", "not in " + AiExposureFiles.WorkingWithAiActivities))
                .Where(a => a.Contribution > 0)
                .OrderByDescending(a => a.Contribution).ThenBy(a => a.Title, StringComparer.Ordinal)
                .Take(AiExposureFiles.TopActivities)
                .ToList();
        }
    }

    /// <summary>How many O*NET tasks the study labels.</summary>
    public int LabelledTasks => taskLabels.Count;

    /// <summary>The studies' figures of one occupation; its tasks (O*NET's, with their Task IDs, in the order shown) get their labels.</summary>
    public void Fill(string socCode, IEnumerable<(string Id, string Task)> tasks, Occupation occupation)
    {
        if (gpts.TryGetValue(socCode, out var rated))
        {
            (occupation.GptsHumanBeta, occupation.GptsModelBeta, occupation.GptsCodesCombined) = rated;
        }

        if (scores.TryGetValue(socCode, out var score))
        {
            occupation.AiApplicabilityScore = score;
            occupation.AssistedActivities = activities.GetValueOrDefault(socCode, []);
        }

        occupation.TaskExposures = tasks.Where(t => taskLabels.ContainsKey(t.Id)).Select(t => new TaskExposure(t.Task, taskLabels[t.Id])).ToList();
    }

    /// <summary>
    /// Each measure's percentile among the occupations it rates on this site: the share of the other rated occupations
    /// with a lower value, those with the same value counting half (0 the lowest, 100 the highest).
    /// </summary>
    public static void Rank(IReadOnlyList<Occupation> occupations)
    {
        Set(occupations, o => o.GptsHumanBeta, (o, p) => o.GptsHumanBetaPercentile = p);
        Set(occupations, o => o.GptsModelBeta, (o, p) => o.GptsModelBetaPercentile = p);
        Set(occupations, o => o.AiApplicabilityScore, (o, p) => o.AiApplicabilityPercentile = p);
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double value)
    {
        var lower = LowerBound(sorted, value);
        var same = LowerBound(sorted, Math.BitIncrement(value)) - lower - 1;
        return sorted.Count < 2 ? 50 : 100.0 * (lower + 0.5 * same) / (sorted.Count - 1);
    }

    private static int LowerBound(IReadOnlyList<double> sorted, double value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static void Set(IReadOnlyList<Occupation> occupations, Func<Occupation, double?> value, Action<Occupation, double> set)
    {
        var sorted = occupations.Select(value).OfType<double>().Order().ToList();
        foreach (var occupation in occupations)
        {
            if (value(occupation) is { } v)
            {
                set(occupation, Percentile(sorted, v));
            }
        }
    }
}
