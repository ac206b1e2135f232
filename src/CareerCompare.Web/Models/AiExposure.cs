namespace CareerCompare.Web.Models;

/// <summary>How "GPTs are GPTs" rates one task of an occupation's O*NET task list, by its people raters' label.</summary>
public enum TaskExposureLevel
{
    /// <summary>E0: a language model would not cut the time the task takes by half or more at the same quality.</summary>
    None,

    /// <summary>E1: a language model alone (such as ChatGPT) would cut the task's time by half or more.</summary>
    Direct,

    /// <summary>E2: a language model would, with software built on top of it.</summary>
    WithSoftware,
}

/// <summary>One of the occupation's own O*NET tasks with the study's people-rated label, joined by O*NET's Task ID.</summary>
public sealed record TaskExposure(string Task, TaskExposureLevel Level);

/// <summary>
/// A work activity (an O*NET intermediate work activity) of the occupation and what it adds to the "Working with AI"
/// applicability score: its weight in the job (O*NET importance and relevance, as a share of the job's activities)
/// times the average of the study's user-goal and AI-action terms (completion × scope × coverage).
/// </summary>
/// <param name="Title">O*NET's title of the activity.</param>
/// <param name="WeightShare">Its share of the job's activities by the study's weights (0–1).</param>
/// <param name="Contribution">What it adds to the occupation's score (the score is the sum over its activities).</param>
/// <param name="ConversationShare">The share of all the study's conversations in which users sought help with it (0–1).</param>
public sealed record AssistedActivity(string Title, double WeightShare, double Contribution, double ConversationShare);
