namespace CareerCompare.Web.Data;

/// <summary>Where a part of the Occupational Outlook Handbook's text comes from: a tab of its page, or that tab's lines in the Summary.</summary>
public enum HandbookTab
{
    /// <summary>The Summary's lines under "What … Do".</summary>
    WhatTheyDoSummary,

    /// <summary>The Summary's lines under "Work Environment".</summary>
    WorkEnvironmentSummary,

    /// <summary>The Summary's lines under "How to Become …".</summary>
    HowToBecomeOneSummary,

    WhatTheyDo,
    WorkEnvironment,
    HowToBecomeOne,
}

/// <summary>How a part of the Handbook's text is written: a paragraph, a list, or a table (the largest employers).</summary>
public enum HandbookBlock
{
    Paragraph,
    List,
    Table,
}

/// <summary>
/// One paragraph, list or table of a Handbook tab, BLS's words without markup, under its sub-heading ("Education",
/// "Licenses, Certifications, and Registrations"; null before the first).
/// </summary>
/// <param name="Lead">A paragraph's bold opening words ("Communication skills."), said apart from the rest; null where it has none.</param>
/// <param name="Items">A list's items; a table's rows, each row's cells joined by a tab.</param>
public sealed record HandbookPart(HandbookTab Tab, string? Heading, HandbookBlock Kind, string Text, string? Lead = null, List<string>? Items = null)
{
    /// <summary>A table row's cells.</summary>
    public static IReadOnlyList<string> Cells(string row) => row.Split('\t');
}
