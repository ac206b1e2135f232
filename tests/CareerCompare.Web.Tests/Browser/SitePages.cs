using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>One address of every page type, with the status it answers.</summary>
public static class SitePages
{
    public const string FourWayComparison = "/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists";
    public const string ThreeWayComparison = "/compare/software-developers-vs-registered-nurses-vs-medical-and-health-services-managers";
    public const string FilteredList = "/occupations?min=50000&max=90000&basis=median&sort=median-desc&page=2";

    /// <summary>The list as a student uses it: pay typed as "60k", good growth, sorted by growth, two occupations shortlisted.</summary>
    public const string FinderList = "/occupations?min=60k&max=90k&growth=faster-or-more&sort=growth-desc&shortlist=registered-nurses-vs-software-developers";

    public static TheoryData<string, string, int> All { get; } = new()
    {
        { "home", "/", 200 },
        { "list", "/occupations", 200 },
        { "list-filtered", FilteredList, 200 },
        { "list-finder", FinderList, 200 },
        { "list-search", "/occupations?q=nurse&shortlist=registered-nurses", 200 },
        { "list-no-results", "/occupations?q=no-such-job-anywhere", 200 },
        { "list-bad-filter", "/occupations?min=lots&max=-5", 400 },
        { "list-bad-finder-filter", "/occupations?education=phd&growth=fast", 400 },
        { "profile-official", "/occupations/registered-nurses", 200 },
        { "profile-estimate", "/occupations/" + SeedDocument.Director, 200 },
        { "profile-handbook-shared", "/occupations/nurse-practitioners", 200 },
        { "profile-without-handbook", "/occupations/managers-all-other", 200 },
        { "compare-picker", "/compare", 200 },
        { "compare-picker-error", "/compare?a=no-such-job-anywhere&b=actors", 400 },
        { "compare-picker-choices", "/compare?a=mechanic&b=actors", 400 },
        { "comparison", SeedDocument.ComparisonUrl, 200 },
        { "comparison-four", FourWayComparison, 200 },
        { "comparison-in-state", "/compare/registered-nurses-vs-software-developers?state=tx", 200 },
        { "states", "/states", 200 },
        { "state", "/states/california", 200 },
        { "compare-unknown-state", "/compare/registered-nurses-vs-actors?state=zz", 400 },
        { "api-guide", "/api", 200 },
        { "sources", "/sources", 200 },
        { "list-exposure", "/occupations?exposure=lowest&sort=exposure-desc", 200 },
        { "not-found", "/occupations/no-such-occupation", 404 },
        { "error-page", "/no/such/page", 404 },
    };

    /// <summary>The page types checked again at phone width: one of each layout.</summary>
    public static TheoryData<string, string, int> OnPhones { get; } = new()
    {
        { "home", "/", 200 },
        { "list-filtered", FilteredList, 200 },
        { "list-finder", FinderList, 200 },
        { "list-no-results", "/occupations?q=no-such-job-anywhere", 200 },
        { "profile-official", "/occupations/registered-nurses", 200 },
        { "comparison-four", FourWayComparison, 200 },
        { "sources", "/sources", 200 },
        { "error-page", "/no/such/page", 404 },
    };

    /// <summary>The pages the README and the screenshot folder show, at phone and desktop widths.</summary>
    public static TheoryData<string, string> Pictured { get; } = new()
    {
        { "home", "/" },
        { "list", FinderList },
        { "profile", "/occupations/registered-nurses" },
        { "comparison", SeedDocument.ComparisonUrl },
        { "comparison-four", FourWayComparison },
    };
}
