using CareerCompare.Web.Catalogue;
using CareerCompare.Web.Data;
using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;
using CareerCompare.Web.Sections;

namespace CareerCompare.Web.Services;

/// <summary>What a comparison address led to: the page, or why there is none.</summary>
/// <param name="UnknownState">The address asked for a state no code names (400).</param>
public sealed record ComparisonResult(CompareViewModel? Model, int StatusCode, string? Problem, string? RedirectSlug = null, bool UnknownState = false);

/// <summary>The occupations a comparison address names, or why there are none (the status and the message to show).</summary>
public sealed record ComparisonLoad(List<OccupationDetails>? Occupations, int StatusCode, string? Problem, string? RedirectSlug = null);

/// <summary>
/// What the picker's boxes resolved to: the slugs, or the message and, for the box that named no one occupation, the
/// occupations it may have meant.
/// </summary>
public sealed record PickerResolution(List<string>? Slugs, string? Error, int Box = -1, IReadOnlyList<PickerChoice>? Choices = null);

/// <summary>An occupation a picker box may have meant, and the other name of it that matched.</summary>
public sealed record PickerChoice(string Slug, string Title, string? AlsoCalled);

/// <summary>Builds the side-by-side comparison of two to four occupations, section by section.</summary>
public sealed partial class ComparisonService(CatalogueStore catalogue, SiteUrls urls)
{
    public const int MaxOccupations = 4;

    /// <summary>
    /// The occupations a comparison address names, in its order, or why there is no comparison there (404: not an
    /// address or an unknown occupation; 400: the same occupation twice). What the page, the API and the CSV share.
    /// </summary>
    public async Task<ComparisonLoad> LoadAsync(string pair, CancellationToken cancellationToken)
    {
        var slugs = ComparisonAddress.Slugs(pair);
        if (slugs.Count < 2 || slugs.Count > MaxOccupations || slugs.Any(s => !Slug.IsValid(s)))
        {
            return new ComparisonLoad(null, StatusCodes.Status404NotFound,
                "There is no comparison at this address. A comparison address names two to four occupations joined by \"-vs-\", "
                + "like /compare/patient-relations-director-vs-patient-account-manager.");
        }

        var occupations = (await catalogue.GetAsync(cancellationToken)).FindAll(slugs);
        var missing = slugs.Where(s => occupations.All(o => o.Slug != s)).ToList();
        if (missing.Count > 0)
        {
            return new ComparisonLoad(null, StatusCodes.Status404NotFound,
                $"We have no occupation called \"{string.Join("\", \"", missing.Select(m => Wording.Echo(m)))}\". Search for the occupations you want, or pick them in the comparison form.");
        }

        var twice = slugs.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var title = occupations.First(o => o.Slug == twice.Key).Title;
            return new ComparisonLoad(null, StatusCodes.Status400BadRequest,
                $"{title} is in this comparison twice. Pick different occupations to compare, or read its profile.", twice.Key);
        }

        return new ComparisonLoad(occupations, StatusCodes.Status200OK, null);
    }

    /// <summary>
    /// The comparison page: the occupations loaded, then the tables, charts, sentences and page metadata built; with a
    /// state (a two-letter code, any case; blank means none), each occupation's pay there too. An unknown code answers 400
    /// naming the valid ones.
    /// </summary>
    public async Task<ComparisonResult> GetAsync(string pair, string? stateCode, CancellationToken cancellationToken)
    {
        var load = await LoadAsync(pair, cancellationToken);
        if (load.Occupations is not { } occupations)
        {
            return new ComparisonResult(null, load.StatusCode, load.Problem, load.RedirectSlug);
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var states = snapshot.States;
        var (state, unknownState) = Find(states, stateCode);
        if (unknownState is not null)
        {
            return new ComparisonResult(null, StatusCodes.Status400BadRequest, unknownState, UnknownState: true);
        }

        // A careers-site occupation points to the official occupation nearest to it (a judgement made with the data).
        var counterparts = occupations
            .Select(o => !o.IsOfficial && !occupations.Any(x => x.SocCode == o.NearestOfficialSocCode) && snapshot.BySoc(o.NearestOfficialSocCode) is { } n
                ? new Counterpart(o, new OccupationLink(n.Slug, n.Title, n.Category), ComparisonAddress.Of(o.Slug, n.Slug))
                {
                    BestIndustry = o.BestPayingIndustry is null ? null : OfficialBestIndustry(n),
                }
                : null)
            .OfType<Counterpart>().ToList();
        var model = ComparisonPage.Build(occupations, state, states, urls, snapshot.AnchorsOf);
        return new ComparisonResult(model with { Counterparts = counterparts }, load.StatusCode, load.Problem, load.RedirectSlug);
    }

    /// <summary>The industries section's sentence beside a careers-site occupation's best-paying industry.</summary>
    private static (string Text, string Source)? OfficialBestIndustry(OccupationDetails official) => IndustriesSection.OfficialBestIndustry(official);

    /// <summary>
    /// The state a code names (two letters, any case, spaces around it ignored): none for a blank code, or the message
    /// for a code that names no state.
    /// </summary>
    public async Task<(StateSummary? State, string? Problem)> StateAsync(string? stateCode, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(stateCode) ? (null, null) : Find((await catalogue.GetAsync(cancellationToken)).States, stateCode);

    /// <summary>The state a code names among <paramref name="states"/>, none for a blank code, or the message for a code that names none.</summary>
    private static (StateSummary? State, string? Problem) Find(IReadOnlyList<StateSummary> states, string? stateCode) =>
        string.IsNullOrWhiteSpace(stateCode) ? (null, null)
        : states.FirstOrDefault(s => string.Equals(s.Code, stateCode.Trim(), StringComparison.OrdinalIgnoreCase)) is { } state ? (state, null)
        : (null, UnknownStateMessage(stateCode, states));

    public static string UnknownStateMessage(string code, IEnumerable<StateSummary> states) =>
        $"\"{Wording.Echo(code)}\" is not a state code. Give a two-letter code, in any case: {string.Join(", ", states.Select(s => s.Code).Order(StringComparer.Ordinal))}.";

    /// <summary>The titles of the occupations these slugs name; what is not a slug is kept as typed.</summary>
    public async Task<List<string?>> TitlesAsync(IReadOnlyList<string?> slugs, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return slugs.Select(s => s is null ? null : snapshot.Find(s)?.Title ?? s).ToList();
    }

    /// <summary>
    /// Turns what was typed in the picker (a slug, a title or another name for the job, in any case) into slugs. What
    /// names one occupation outright resolves to it ("nurse": Registered Nurses, whose other name it is); what names
    /// several, or only part of a name, gets the best matches to choose from, each a link that puts it in that box; the
    /// same occupation twice, or fewer than two, a message. The picker never sends anyone on to a comparison that answers 404.
    /// </summary>
    public async Task<PickerResolution> ResolveAsync(IReadOnlyList<string?> typed, CancellationToken cancellationToken)
    {
        if (typed.Count(t => t is not null) < 2)
        {
            return new PickerResolution(null, "Choose at least two occupations to compare.");
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var slugs = new List<string>();
        for (var box = 0; box < typed.Count; box++)
        {
            if (typed[box] is not { } entry)
            {
                continue;
            }

            var lower = entry.ToLowerInvariant();
            var bySlug = Slug.IsValid(lower) ? snapshot.Find(lower)?.Slug : null;
            var named = bySlug is null && entry.Length <= SuggestionService.MaxTextLength ? snapshot.Search.Named(entry) : [];
            if (bySlug is null && named.Count == 1)
            {
                bySlug = snapshot.Search.SlugOf(named[0]);
            }

            if (bySlug is null)
            {
                var found = entry.Length <= SuggestionService.MaxTextLength
                    ? snapshot.Search.Search(entry, asYouType: true, categories: false)
                    : [];
                // Several occupations go by this name: those first, in the search's order.
                var choices = found.OrderBy(m => named.Contains(m.OccupationId) ? 0 : 1).Take(5)
                    .Select(m => new PickerChoice(m.Slug, m.Title, m.AlsoCalled)).ToList();
                var echo = Wording.Echo(entry);
                return new PickerResolution(null, choices.Count == 0
                    ? $"We have no occupation called \"{echo}\". Type part of its title and pick one of the suggestions, or search the list of occupations."
                    : named.Count > 1
                        ? $"\"{echo}\" is another name for {named.Count} occupations. Did you mean"
                        : $"\"{echo}\" is not one occupation. Did you mean", box, choices);
            }

            slugs.Add(bySlug);
        }

        return slugs.Distinct(StringComparer.Ordinal).Count() < slugs.Count
            ? new PickerResolution(null, "You chose the same occupation twice. Choose different occupations to compare.")
            : new PickerResolution(slugs, null);
    }

    /// <summary>
    /// What the comparison form sent: the four boxes, and whether only the first was given (a link from a
    /// profile, which shows the form filled in rather than an error).
    /// </summary>
    public static (string?[] Typed, bool OnlyFirst) ReadPicker(string? a, string? b, string? c, string? d, bool secondSent)
    {
        string?[] typed = [Clean(a), Clean(b), Clean(c), Clean(d)];
        return (typed, !secondSent && typed[0] is not null && typed.Skip(1).All(t => t is null));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
