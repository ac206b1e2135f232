using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CareerCompare.Web.Models;

/// <summary>
/// The list's query string as typed by the visitor. Numbers arrive as text so that a bad value gets a
/// message of ours ("Minimum salary must be a whole number of dollars") rather than a binder's.
/// </summary>
public sealed record OccupationListQuery
{
    public const int PageSize = 20;

    /// <summary>Salaries above this are not salaries; a bound past it is a typing mistake.</summary>
    public const int MaxSalaryBound = 10_000_000;

    [FromQuery(Name = "q"), Description("Search text, up to 100 characters: titles, categories and other names for the job.")]
    public string? Q { get; init; }

    [FromQuery(Name = "min"), Description("Lowest yearly salary kept, in whole dollars (\"50000\" or \"$50,000\"); the bound is included.")]
    public string? Min { get; init; }

    [FromQuery(Name = "max"), Description("Highest yearly salary kept, in whole dollars; the bound is included.")]
    public string? Max { get; init; }

    [FromQuery(Name = "sort"), Description("The order: relevance, title, title-desc, median, median-desc, salary (the mean), salary-desc, jobs, jobs-desc, growth, growth-desc, openings, openings-desc, exposure-desc or exposure.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("The page, 1 or more (20 occupations a page).")]
    public string? Page { get; init; }

    [FromQuery(Name = "basis"), Description("Which salary the range filter reads: \"median\" (the default) or \"mean\" (the average).")]
    public string? Basis { get; init; }

    [FromQuery(Name = "category"), Description("Keep one category, by its name (\"Healthcare\").")]
    public string? Category { get; init; }

    [FromQuery(Name = "state"), Description("A two-letter state code, any case (\"TX\"): the salary range and the mean order read the mean yearly wage in that state (BLS OEWS state data: the newest state figures this site holds, which are means).")]
    public string? State { get; init; }

    [FromQuery(Name = "education"), Description("Typical entry-level education (BLS): no-formal-credential, high-school, postsecondary-nondegree, some-college, associate, bachelor, master or doctoral.")]
    public string? Education { get; init; }

    [FromQuery(Name = "experience"), Description("Work experience in a related occupation (BLS): none, less-than-5-years or 5-years-or-more.")]
    public string? Experience { get; init; }

    [FromQuery(Name = "training"), Description("Typical on-the-job training (BLS): none, short-term, moderate-term, long-term, apprenticeship or internship-residency.")]
    public string? Training { get; init; }

    [FromQuery(Name = "growth"), Description("Projected growth over the Employment Projections' ten years, in BLS's words: much-faster, faster, faster-or-more, average, slower, little-change or decline (official occupations only).")]
    public string? Growth { get; init; }

    [FromQuery(Name = "openings"), Description("Average openings a year over the Employment Projections' ten years: fewer-than-1000, 1000-to-4999, 5000-to-19999, 20000-to-99999 or 100000-or-more.")]
    public string? Openings { get; init; }

    [FromQuery(Name = "zone"), Description("O*NET job zone, 1 (little or no preparation) to 5 (extensive preparation).")]
    public string? Zone { get; init; }

    [FromQuery(Name = "exposure"), Description("Exposure to AI by the share of tasks exposed to language models as rated by people (GPTs are GPTs), in fifths of its percentile among the occupations the study rates: lowest, low, middle, high or highest.")]
    public string? Exposure { get; init; }

    [FromQuery(Name = "interest"), Description("One to three of O*NET's interests (realistic, investigative, artistic, social, enterprising, conventional), comma-separated or repeated: occupations whose strongest interests (O*NET's high-point code) include them all, best fit first.")]
    public string[]? Interest { get; init; }

    /// <summary>The interests as one value, comma-separated, the way the address writes them.</summary>
    public string? InterestText() => Interest is { Length: > 0 } ? string.Join(",", Interest.SelectMany(i => (i ?? string.Empty).Split(',')).Select(i => i.Trim()).Where(i => i.Length > 0)) : null;

    /// <summary>The most interests the list filters by at once: O*NET's high-point code has three.</summary>
    public const int MaxInterests = 3;

    [FromQuery(Name = "shortlist"), Description("Occupations picked for a comparison, up to four slugs joined by \"-vs-\" (\"registered-nurses-vs-nurse-practitioners\"); the list marks them and links to their comparison.")]
    public string? Shortlist { get; init; }

    /// <summary>The parameters of the list's address, in the order they are written.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        ["q", "category", "min", "max", "basis", "state", .. FinderFilters.All.Select(f => f.Key), "interest", "sort", "page", "shortlist"];

    /// <summary>
    /// This query's parameters as typed, the empty ones left out and a median basis (the default) too: for links that
    /// keep the visitor's choices (pages, downloads, the way back from a profile, the shortlist).
    /// </summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value.Trim();
            }
        }

        Add("q", Q);
        Add("category", Category);
        Add("min", Min);
        Add("max", Max);
        Add("basis", Basis?.Trim() == "median" ? null : Basis);
        Add("state", State);
        foreach (var filter in FinderFilters.All)
        {
            Add(filter.Key, filter.Read(this));
        }

        Add("interest", InterestText());

        Add("sort", Sort);
        Add("page", Page);
        Add("shortlist", Shortlist);
        return values;
    }

    /// <summary>This query with a choice of one parameter changed (null: left out).</summary>
    public OccupationListQuery With(string key, string? value) => key switch
    {
        "q" => this with { Q = value },
        "category" => this with { Category = value },
        "min" => this with { Min = value },
        "max" => this with { Max = value },
        "basis" => this with { Basis = value },
        "education" => this with { Education = value },
        "experience" => this with { Experience = value },
        "training" => this with { Training = value },
        "growth" => this with { Growth = value },
        "openings" => this with { Openings = value },
        "zone" => this with { Zone = value },
        "exposure" => this with { Exposure = value },
        "sort" => this with { Sort = value },
        "page" => this with { Page = value },
        "shortlist" => this with { Shortlist = value },
        "state" => this with { State = value },
        "interest" => this with { Interest = value is null ? null : [value] },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a parameter of the list."),
    };

    /// <summary>
    /// The same list written one way: spaces around values and blank values gone, the state's code in capitals, the
    /// interests in lower case, leading zeros of a plain number, a default pay measure, order or first page left out.
    /// Every spelling of one list (<c>state=%20tx</c>, <c>state=TX</c>) is then one cached page, whose links read the
    /// same whichever spelling was asked for first. What the visitor typed in words stays as typed (<c>60k</c>).
    /// </summary>
    public OccupationListQuery Normalised()
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        static string? Number(string? value) =>
            Clean(value) is { } text && text.All(char.IsAsciiDigit) && text.TrimStart('0') is var digits ? (digits.Length == 0 ? "0" : digits) : Clean(value);

        var q = Clean(Q);
        var interests = InterestText() is { Length: > 0 } chosen ? chosen.ToLowerInvariant() : null;
        var page = Clean(Page) is { } p && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? (number == 1 ? null : number.ToString(CultureInfo.InvariantCulture))
            : Clean(Page);
        var sort = Clean(Sort);
        var defaultSort = q is not null ? "relevance" : interests is not null ? "fit" : "title";
        var normalised = new OccupationListQuery
        {
            Q = q,
            Category = Clean(Category),
            Min = Number(Min),
            Max = Number(Max),
            Basis = Clean(Basis) is "median" ? null : Clean(Basis),
            State = Clean(State)?.ToUpperInvariant(),
            Sort = sort == defaultSort ? null : sort,
            Page = page,
            Shortlist = Clean(Shortlist),
            Interest = interests is null ? null : [interests],
        };
        foreach (var filter in FinderFilters.All)
        {
            normalised = normalised.With(filter.Key, Clean(filter.Read(this)));
        }

        return normalised;
    }

    /// <summary>This query's address part, its parameters in the order the list writes them ("q=nurse&amp;state=TX").</summary>
    public string QueryString() => RouteValues() is { Count: > 0 } values ? Microsoft.AspNetCore.Http.QueryString.Create(values!).Value![1..] : string.Empty;

    /// <summary>
    /// The list a profile's "from" names, rebuilt from its valid list parameters and written one way; null when it
    /// names none, or any of its parameters is wrong. The catalogue's own checks (a state, a category, a page that
    /// exists) are the list's to make.
    /// </summary>
    public static OccupationListQuery? FromReturnAddress(string? from)
    {
        if (string.IsNullOrWhiteSpace(from) || from.Length > 2000)
        {
            return null;
        }

        var query = FromQueryString(from).Normalised();
        return query.Validate().Errors.Count > 0 || query.RouteValues().Count == 0 ? null : query;
    }

    /// <summary>Reads a list address's query string ("q=nurse&amp;min=60k"): the known parameters, the first of each.</summary>
    public static OccupationListQuery FromQueryString(string? queryString)
    {
        var query = new OccupationListQuery();
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);
        foreach (var key in Parameters)
        {
            if (parsed.TryGetValue(key, out var value) && value.Count > 0)
            {
                query = query.With(key, key == "interest" ? string.Join(",", value.ToArray()) : value[0]);
            }
        }

        return query;
    }

    public static IReadOnlyList<SortOption> BasisOptions { get; } =
    [
        new("median", "Median"),
        new("mean", "Mean (the average)"),
    ];

    public static IReadOnlyList<SortOption> SortOptions { get; } =
    [
        new("relevance", "Best match"),
        new("title", "Title, A–Z"),
        new("title-desc", "Title, Z–A"),
        new("median-desc", "Median pay, highest"),
        new("median", "Median pay, lowest"),
        new("salary-desc", "Mean pay, highest"),
        new("salary", "Mean pay, lowest"),
        new("jobs-desc", "Jobs, most"),
        new("jobs", "Jobs, fewest"),
        new("growth-desc", "Growth, fastest"),
        new("growth", "Growth, slowest"),
        new("openings-desc", "Openings a year, most"),
        new("openings", "Openings a year, fewest"),
        new("exposure-desc", "Exposure to AI, most (tasks rated by people)"),
        new("exposure", "Exposure to AI, least (tasks rated by people)"),
        new("fit", "Best fit to the interests chosen"),
    ];

    /// <summary>Checks every parameter; the criteria are null when any is wrong, and the errors say why.</summary>
    public (OccupationListCriteria? Criteria, IReadOnlyList<FieldError> Errors) Validate()
    {
        var errors = new List<FieldError>();
        var min = ParseSalary(Min, "min", "Minimum salary", errors);
        var max = ParseSalary(Max, "max", "Maximum salary", errors);
        if (min is { } low && max is { } high && low > high)
        {
            errors.Add(new FieldError("min",
                $"Minimum salary ({Formatting.FigureFormat.Money(low)}) is above the maximum salary ({Formatting.FigureFormat.Money(high)})."));
        }

        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        var interests = ReadInterests(errors);
        var sort = string.IsNullOrWhiteSpace(Sort) ? (text is not null ? "relevance" : interests.Count > 0 ? "fit" : "title") : Sort.Trim();
        if (!SortOptions.Any(o => o.Key == sort))
        {
            errors.Add(new FieldError("sort",
                $"Unknown sort order \"{Formatting.Wording.Echo(sort)}\". Choose one of: {string.Join(", ", SortOptions.Select(o => o.Key))}."));
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page) &&
            (!int.TryParse(Page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors.Add(new FieldError("page", "Page must be a whole number, 1 or more."));
        }

        if (text is { Length: > 100 })
        {
            errors.Add(new FieldError("q", "Search text can be at most 100 characters long."));
        }

        // The median first, as BLS gives it; "basis=mean" keeps working for addresses made before. The state figures this site holds are means only.
        var state = string.IsNullOrWhiteSpace(State) ? null : State.Trim().ToUpperInvariant();
        // The list form always sends a pay measure: with a state, the median (the form's default) reads as the mean, and
        // the page says that the state figures here are means.
        var basis = string.IsNullOrWhiteSpace(Basis) || (state is not null && Basis.Trim() == "median") ? (state is null ? "median" : "mean") : Basis.Trim();

        if (!BasisOptions.Any(o => o.Key == basis))
        {
            errors.Add(new FieldError("basis", $"Unknown salary basis \"{Formatting.Wording.Echo(basis)}\". Choose median or mean."));
        }

        var category = string.IsNullOrWhiteSpace(Category) ? null : Category.Trim();
        var chosen = new Dictionary<FinderFilter, FinderOption>();
        foreach (var filter in FinderFilters.All)
        {
            if (filter.Read(this) is not { } raw || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            if (filter.Find(raw.Trim()) is { } option)
            {
                chosen[filter] = option;
            }
            else
            {
                errors.Add(new FieldError(filter.Key,
                    $"Unknown {filter.Name} \"{Formatting.Wording.Echo(raw.Trim())}\". Choose one of: {string.Join(", ", filter.Options.Select(o => o.Key))}."));
            }
        }

        var shortlist = ReadShortlist(errors);
        return errors.Count > 0
            ? (null, errors)
            : (new OccupationListCriteria(text, min, max, sort, page, basis == "median", category) { Filters = chosen, Shortlist = shortlist, State = state, Interests = interests }, errors);
    }

    /// <summary>The interests chosen, by O*NET's names ("Investigative"), each once, in the order given; errors for unknown ones or more than three.</summary>
    private List<string> ReadInterests(List<FieldError> errors)
    {
        var chosen = new List<string>();
        if (InterestText() is not { } text)
        {
            return chosen;
        }

        foreach (var key in text.Split(','))
        {
            if (Data.InterestArea.Names.FirstOrDefault(n => n.Equals(key, StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                if (!chosen.Contains(name))
                {
                    chosen.Add(name);
                }
            }
            else
            {
                errors.Add(new FieldError("interest", $"Unknown interest \"{Formatting.Wording.Echo(key)}\". Choose one to three of: "
                    + string.Join(", ", Data.InterestArea.Names.Select(n => n.ToLowerInvariant())) + "."));
                return chosen;
            }
        }

        if (chosen.Count > MaxInterests)
        {
            errors.Add(new FieldError("interest", $"Choose at most {MaxInterests} interests: an occupation's strongest interests are three at most."));
        }

        return chosen;
    }

    /// <summary>The most occupations a shortlist holds: a comparison's most.</summary>
    public const int MaxShortlist = 4;

    private List<string> ReadShortlist(List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(Shortlist))
        {
            return [];
        }

        var slugs = Shortlist.Trim().Split(Services.ComparisonAddress.Separator).ToList();
        if (slugs.Any(s => !Data.Slug.IsValid(s)))
        {
            errors.Add(new FieldError("shortlist", "The shortlist must be occupations' addresses joined by \"-vs-\", like registered-nurses-vs-nurse-practitioners."));
            return [];
        }

        if (slugs.Count > MaxShortlist || slugs.Distinct(StringComparer.Ordinal).Count() < slugs.Count)
        {
            errors.Add(new FieldError("shortlist", $"A shortlist holds up to {MaxShortlist} different occupations."));
            return [];
        }

        return slugs;
    }

    private static int? ParseSalary(string? raw, string field, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // People type salaries the way they read them: "$70,777", "70 777" and "70777" are one amount, and "60k" is 60000.
        var cleaned = new string(raw.Trim().Where(c => c is not ('$' or ',') && !char.IsWhiteSpace(c)).ToArray());
        if (cleaned.Length > 1 && cleaned[^1] is 'k' or 'K'
            && decimal.TryParse(cleaned[..^1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var thousands)
            && thousands * 1000 == decimal.Truncate(thousands * 1000) && Math.Abs(thousands) <= MaxSalaryBound)
        {
            cleaned = (thousands * 1000).ToString("0", CultureInfo.InvariantCulture);
        }

        if (cleaned.StartsWith('-') && decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(new FieldError(field, $"{label} cannot be negative."));
            return null;
        }

        var digitsOnly = cleaned.Length > 0 && cleaned.All(char.IsAsciiDigit);
        if (!long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && !digitsOnly)
        {
            errors.Add(new FieldError(field, $"{label} must be a whole number of dollars, like 50000 (you entered \"{Formatting.Wording.Echo(raw)}\")."));
            return null;
        }

        if (digitsOnly && (cleaned.TrimStart('0').Length > 9 || value > MaxSalaryBound))
        {
            errors.Add(new FieldError(field, $"{label} can be at most {Formatting.FigureFormat.Money(MaxSalaryBound)} a year."));
            return null;
        }

        return (int)value;
    }
}

public sealed record SortOption(string Key, string Label);

public sealed record FieldError(string Field, string Message);

/// <summary>A validated list request.</summary>
public sealed record OccupationListCriteria(string? Text, int? MinSalary, int? MaxSalary, string Sort, int Page, bool ByMedian = false, string? Category = null)
{
    /// <summary>The finder filters chosen, each with its option.</summary>
    public IReadOnlyDictionary<FinderFilter, FinderOption> Filters { get; init; } = new Dictionary<FinderFilter, FinderOption>();

    /// <summary>A state's code whose mean (May 2023) the salary range and the mean order read instead of the national mean.</summary>
    public string? State { get; init; }

    /// <summary>The shortlisted slugs, in the order they were added.</summary>
    public IReadOnlyList<string> Shortlist { get; init; } = [];

    /// <summary>The interests chosen (O*NET's names): occupations whose high-point code holds each of them.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];
}
