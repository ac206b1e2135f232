using Xunit.Abstractions;

[assembly: TestCollectionOrderer("CareerCompare.Web.Tests.Infrastructure.SlowCollectionsFirst", "CareerCompare.Web.Tests")]

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>
/// Starts the longest collections first (the three browser collections, then the start-up tests with their child
/// processes), so the many short ones fill the gaps beside them instead of one long one running alone at the end.
/// </summary>
public sealed class SlowCollectionsFirst : ITestCollectionOrderer
{
    private static readonly string[] Slowest = ["Browser, axe", "Browser, axe on phones", "Browser", "Test collection for CareerCompare.Web.Tests.StartupRecoveryTests"];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        ArgumentNullException.ThrowIfNull(testCollections);
        return testCollections
            .OrderBy(c => Array.IndexOf(Slowest, c.DisplayName) is var rank and >= 0 ? rank : Slowest.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
    }
}
