namespace CareerCompare.Web.Models;

/// <summary>
/// One data set the site uses, as the sources page lists it: who publishes it, which release, where it is, under which
/// licence, and how the publisher asks to be cited.
/// </summary>
/// <param name="Id">For the page's anchors: "onet", "gpts-are-gpts".</param>
/// <param name="Vintage">The release, from the figures' own sources (OfficialSources): never typed on the page.</param>
/// <param name="Citation">The citation or attribution the publisher asks for, in its words where it gives them.</param>
/// <param name="Notice">A licence or notice text that must travel with the data, verbatim from the publisher's file; null where none.</param>
/// <param name="UsedFor">What the site takes from it.</param>
public sealed record DataSource(string Id, string Name, string Publisher, string Vintage, string Address, string Licence, string? LicenceAddress,
    string Citation, string UsedFor, string? Notice = null);

public sealed record SourcesViewModel(IReadOnlyList<DataSource> Sources, PageMeta Meta);
