namespace CareerCompare.Web.Data;

public enum WageBasis
{
    /// <summary>Annual and hourly wages are both released.</summary>
    Both,

    /// <summary>Only annual wages are released (OEWS ANNUAL=TRUE: teachers, pilots…).</summary>
    AnnualOnly,

    /// <summary>Only hourly wages are released (OEWS HOURLY=TRUE: actors, dancers…).</summary>
    HourlyOnly,
}

public enum WagePeriod
{
    Annual,
    Hourly,
}

public enum WageMeasure
{
    Percentile10,
    Percentile25,
    Median,
    Mean,
    Percentile75,
    Percentile90,
}

public enum FigureStatus
{
    Published,

    /// <summary>At or above the top code ("#"): the amount holds the top code, the true value is that or more.</summary>
    TopCoded,

    /// <summary>Not published ("*", "**", "-").</summary>
    NotPublished,

    /// <summary>
    /// Published, but the publisher flags it as unreliable (O*NET "Recommend Suppress = Y": too few respondents or
    /// too imprecise). Shown with the value and marked "low reliability".
    /// </summary>
    LowReliability,
}
