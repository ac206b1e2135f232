using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace CareerCompare.Web.Services;

/// <summary>How well an occupation matched a search, best first: the order of <see cref="SearchIndex.Search(string, bool, bool, int?)"/>.</summary>
public enum SearchTier
{
    /// <summary>The title, word for word ("registered nurse" → Registered Nurses).</summary>
    ExactTitle,

    /// <summary>The title holds every word and another name for the job is exactly what was typed ("nurse" → Registered Nurses, also called "Nurse").</summary>
    TitleAndOtherName,

    /// <summary>The title holds every word ("truck driver" → Heavy and Tractor-Trailer Truck Drivers).</summary>
    Title,

    /// <summary>Another name for the job is exactly what was typed ("cna" → Nursing Assistants, also called "CNA").</summary>
    OtherName,

    /// <summary>Another name holds every word typed, the search having two words or more ("software engineer" in "Senior Software Engineer").</summary>
    OtherNameWords,

    /// <summary>The category holds every word (the list only: "healthcare").</summary>
    Category,

    /// <summary>The title holds the words, the last one as the start of a word ("acto" → Actors).</summary>
    TitlePrefix,

    /// <summary>Another name does, the same way.</summary>
    OtherNamePrefix,
}

/// <summary>An occupation a search found: its place is the order of the list it is in.</summary>
/// <param name="AlsoCalled">The other name for the job that matched, when the title did not.</param>
public sealed record SearchMatch(int OccupationId, string Slug, string Title, SearchTier Tier, string? AlsoCalled);

/// <summary>
/// The search behind suggestions, the list's search and the comparison picker: titles, O*NET's other names for the job
/// (its alternate titles, short titles and sample of reported titles) and categories, read word by word, ranked by
/// rules drawn from the data alone:
/// <list type="number">
/// <item>the tier (<see cref="SearchTier"/>): an exact title, a title that holds the words (first when another name for
/// the job is exactly what was typed), an other name that is exactly what was typed, then looser matches; a match on an
/// other name never outranks one on a title;</item>
/// <item>for matches on other names, how many of the occupation's other names hold the words (O*NET lists "CNA" under
/// three occupations, but eight names of nursing assistants hold it, two of home health aides');</item>
/// <item>employment (BLS OEWS, May 2025; the careers site's estimates are never ranked among official figures, so they
/// come after), then the shorter title.</item>
/// </list>
/// A one-word search reaches an other name only when that name is the word itself (one-word names like "Nurse", "CNA",
/// "Mechanic"): "nurse" does not bring up computer systems analysts, one of whose reported titles is "QC Nurse". When a
/// one-word search finds nothing else, longer names are read too ("hvac" → "HVAC Technician").
/// </summary>
/// <remarks>
/// Built once a catalogue, with the rest of it (<see cref="Catalogue.CatalogueSnapshot"/>): suggestions cost no SQL, a
/// few dictionary look-ups over ~60,000 names.
/// </remarks>
public sealed class SearchIndex
{
    private readonly Snapshot index;

    private SearchIndex(Snapshot index) => this.index = index;

    /// <summary>The occupations the text finds, best first; none for text without a letter or digit.</summary>
    /// <param name="asYouType">Suggestions: the last word may be unfinished, so words it starts count too (after every
    /// whole-word match). The list's search reads whole words, and starts of words only when no word matches whole.</param>
    /// <param name="categories">Whether category names count (the list's search).</param>
    /// <param name="limit">How many are wanted (suggestions: eight), when not all: starts of other names for the job are
    /// then read only when titles have not already given that many.</param>
    public List<SearchMatch> Search(string text, bool asYouType, bool categories, int? limit = null)
    {
        var found = Search(index, text, asYouType, categories, limit);
        return limit is { } n ? found.Take(n).ToList() : found;
    }

    /// <summary>
    /// The occupations this text names outright, word for word (plurals aside, in any case): the one whose title it is,
    /// else every occupation with another name for the job that it is ("nurse" → Registered Nurses; "mechanic" → ten).
    /// </summary>
    public List<int> Named(string text)
    {
        var key = SearchText.Key(text);
        return index.TitleKeys.TryGetValue(key, out var title) ? [title]
            : index.NameKeys.TryGetValue(key, out var named) ? named : [];
    }

    /// <summary>The address of an occupation a search found, by its number.</summary>
    public string SlugOf(int occupationId) => index.Occupations[occupationId].Slug;

    /// <summary>Reads the titles, the other names for the job and the categories of every occupation.</summary>
    public static async Task<SearchIndex> LoadAsync(CareerCompareDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var occupations = await db.Occupations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new IndexedOccupation(o.Id, o.Slug, o.Title, o.Category,
                o.DataSet == OfficialCatalogueImporter.DataSetName ? o.NumberOfJobs : null))
            .ToListAsync(cancellationToken);
        var otherNames = await db.AlternateTitles.AsNoTracking().OrderBy(a => a.OccupationId).ThenBy(a => a.Id)
            .Select(a => new { a.OccupationId, a.Title })
            .ToListAsync(cancellationToken);
        return new SearchIndex(new Snapshot(occupations, otherNames.Select(a => (a.OccupationId, a.Title))));
    }

    private static List<SearchMatch> Search(Snapshot index, string text, bool asYouType, bool categories, int? limit)
    {
        var words = SearchText.Words(text);
        if (words.Length == 0)
        {
            return [];
        }

        var stems = words.Select(SearchText.Stem).ToArray();
        var oneWord = words.Length == 1;
        var found = new Dictionary<int, Found>();

        // Whole words: the entries that hold every stem.
        var restricted = new List<int>();
        foreach (var e in index.Holding(stems))
        {
            var entry = index.Entries[e];
            if (entry.Kind == EntryKind.Category && !categories)
            {
                continue;
            }

            var exact = entry.Stems.AsSpan().SequenceEqual(stems);
            var tier = entry.Kind switch
            {
                EntryKind.Title => exact ? SearchTier.ExactTitle : SearchTier.Title,
                EntryKind.Category => SearchTier.Category,
                _ => exact ? SearchTier.OtherName : SearchTier.OtherNameWords,
            };
            if (entry.Kind == EntryKind.OtherName && tier == SearchTier.OtherNameWords && oneWord)
            {
                restricted.Add(e);
                continue;
            }

            Of(found, entry.Occupation).Offer(tier, entry);
        }

        // A one-word search reaches longer other names only when nothing else holds the word.
        if (restricted.Count > 0 && !found.Values.Any(f => f.Tier is not null))
        {
            foreach (var e in restricted)
            {
                Of(found, index.Entries[e].Occupation).Offer(SearchTier.OtherNameWords, index.Entries[e]);
            }
        }

        if (asYouType || !found.Values.Any(f => f.Tier is not null))
        {
            foreach (var e in index.Starting(stems[..^1], words[^1], titles: true))
            {
                var entry = index.Entries[e];
                if (!found.TryGetValue(entry.Occupation, out var seen) || seen.Tier is null)
                {
                    Of(found, entry.Occupation).Offer(SearchTier.TitlePrefix, entry);
                }
            }

            // Starts of other names rank below every title: read them only when the titles leave room.
            var matched = found.Values.Count(f => f.Tier is not null);
            if (limit is not { } wanted || matched < wanted)
            {
                foreach (var e in index.Starting(stems[..^1], words[^1], titles: false))
                {
                    var entry = index.Entries[e];
                    if ((!found.TryGetValue(entry.Occupation, out var seen) || seen.Tier is null)
                        && (!oneWord || entry.Words.Length == 1 || matched == 0))
                    {
                        Of(found, entry.Occupation).Offer(SearchTier.OtherNamePrefix, entry);
                    }
                }
            }
        }

        // How many of its other names hold the words, for the occupations matched on another name (their names are
        // side by side in the index).
        foreach (var (occupation, f) in found)
        {
            if (f.Tier is SearchTier.OtherName or SearchTier.OtherNameWords or SearchTier.OtherNamePrefix)
            {
                var (from, to) = index.OtherNames[occupation];
                for (var e = from; e < to; e++)
                {
                    if (stems.All(index.Entries[e].Stems.Contains))
                    {
                        f.Holds(index.Entries[e]);
                    }
                }
            }
        }

        return found.Where(f => f.Value.Tier is not null)
            .Select(f => (Occupation: index.Occupations[f.Key], Found: f.Value))
            .OrderBy(f => f.Found.Tier)
            .ThenByDescending(f => f.Found.Tier is SearchTier.OtherName or SearchTier.OtherNameWords or SearchTier.OtherNamePrefix ? f.Found.Strength : 0)
            .ThenBy(f => f.Occupation.Employment is null)
            .ThenByDescending(f => f.Occupation.Employment)
            .ThenBy(f => f.Occupation.Title.Length)
            .ThenBy(f => f.Occupation.Title, StringComparer.Ordinal)
            .Select(f => new SearchMatch(f.Occupation.Id, f.Occupation.Slug, f.Occupation.Title, f.Found.Tier!.Value,
                f.Found.Tier is SearchTier.OtherName or SearchTier.OtherNameWords or SearchTier.OtherNamePrefix ? f.Found.Name : null))
            .ToList();
    }

    private static Found Of(Dictionary<int, Found> found, int occupation)
    {
        if (!found.TryGetValue(occupation, out var f))
        {
            f = new Found();
            found[occupation] = f;
        }

        return f;
    }

    /// <summary>The best match of one occupation so far.</summary>
    private sealed class Found
    {
        private readonly HashSet<string> namesHolding = new(StringComparer.Ordinal);
        private bool titleWords;
        private bool exactOtherName;

        public SearchTier? Tier { get; private set; }

        /// <summary>The other name for the job behind <see cref="Tier"/> (the shortest of its tier), or null for a title.</summary>
        public string? Name { get; private set; }

        /// <summary>How many of its other names hold every word typed.</summary>
        public int Strength => namesHolding.Count;

        public void Holds(Entry entry) => namesHolding.Add(entry.Text);

        public void Offer(SearchTier tier, Entry entry)
        {
            titleWords |= tier == SearchTier.Title;
            exactOtherName |= tier == SearchTier.OtherName;
            if (titleWords && exactOtherName && tier is SearchTier.Title or SearchTier.OtherName)
            {
                tier = SearchTier.TitleAndOtherName;
            }

            var name = entry.Kind == EntryKind.OtherName ? entry.Text : null;
            if (Tier is null || tier < Tier)
            {
                (Tier, Name) = (tier, name);
            }
            else if (tier == Tier && name is not null && (Name is null || name.Length < Name.Length))
            {
                Name = name;
            }
        }
    }

    private sealed record IndexedOccupation(int Id, string Slug, string Title, string Category, int? Employment);

    private enum EntryKind
    {
        Title,
        OtherName,
        Category,
    }

    /// <summary>A title, another name or a category, read into words and stems.</summary>
    private sealed record Entry(int Occupation, EntryKind Kind, string Text, string[] Words, string[] Stems);

    /// <summary>Every entry, and which entries hold each stem and each word (in entry order, for merging).</summary>
    private sealed class Snapshot
    {
        private readonly Dictionary<string, int[]> byStem;
        private readonly string[] titleVocabulary;
        private readonly int[][] byTitleWord;
        private readonly string[] nameVocabulary;
        private readonly int[][] byNameWord;

        public Snapshot(List<IndexedOccupation> occupations, IEnumerable<(int OccupationId, string Title)> otherNames)
        {
            Occupations = occupations.ToDictionary(o => o.Id);
            var entries = new List<Entry>();
            foreach (var o in occupations)
            {
                // "Dispatchers, Except Police, Fire, and Ambulance": the words after "except" name what the occupation is not.
                var except = o.Title.IndexOf(", Except ", StringComparison.OrdinalIgnoreCase);
                entries.Add(Read(o.Id, EntryKind.Title, o.Title, except > 0 ? o.Title[..except] : o.Title));
                entries.Add(Read(o.Id, EntryKind.Category, o.Category, o.Category));
            }

            var ranges = new Dictionary<int, (int From, int To)>();
            foreach (var (occupation, title) in otherNames)
            {
                var first = ranges.TryGetValue(occupation, out var range) ? range.From : entries.Count;
                // "Certified Nursing Assistant (CNA)" and "QC Nurse (Quality Control Nurse)" are two names for the job each:
                // an abbreviation and what it stands for. "Secretary (Police)" is one.
                entries.Add(Read(occupation, EntryKind.OtherName, title, title));
                var open = title.IndexOf('(', StringComparison.Ordinal);
                if (open > 0 && title.EndsWith(')') && (HasAbbreviation(title[..open]) || HasAbbreviation(title[(open + 1)..^1])))
                {
                    entries.Add(Read(occupation, EntryKind.OtherName, title, title[..open]));
                    entries.Add(Read(occupation, EntryKind.OtherName, title, title[(open + 1)..^1]));
                }

                ranges[occupation] = (first, entries.Count);
            }

            OtherNames = ranges;

            Entries = [.. entries];
            TitleKeys = occupations.GroupBy(o => SearchText.Key(o.Title)).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            NameKeys = Entries.Where(e => e.Kind == EntryKind.OtherName).GroupBy(e => string.Join(' ', e.Words.Select(SearchText.Singular)))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Occupation).Distinct().ToList(), StringComparer.Ordinal);
            byStem = Postings(e => e.Stems);
            (titleVocabulary, byTitleWord) = Vocabulary(Postings(e => e.Kind == EntryKind.Title ? e.Words : []));
            (nameVocabulary, byNameWord) = Vocabulary(Postings(e => e.Kind == EntryKind.OtherName ? e.Words : []));
        }

        public Dictionary<int, IndexedOccupation> Occupations { get; }
        public Entry[] Entries { get; }

        /// <summary>Each title's <see cref="SearchText.Key"/> and its occupation; each other name's and the occupations it names.</summary>
        public Dictionary<string, int> TitleKeys { get; }

        /// <summary>Where each occupation's other names lie in <see cref="Entries"/> (they are read in order of occupation).</summary>
        public Dictionary<int, (int From, int To)> OtherNames { get; }

        public Dictionary<string, List<int>> NameKeys { get; }

        /// <summary>The entries that hold every one of these stems as a word's stem.</summary>
        public IEnumerable<int> Holding(string[] stems)
        {
            var lists = new List<int[]>();
            foreach (var stem in stems.Distinct())
            {
                if (!byStem.TryGetValue(stem, out var list))
                {
                    return [];
                }

                lists.Add(list);
            }

            return Intersect(lists);
        }

        /// <summary>The titles (or other names) that hold these stems and a word starting with <paramref name="start"/>.</summary>
        public IEnumerable<int> Starting(string[] stems, string start, bool titles)
        {
            var (vocabulary, byWord) = titles ? (titleVocabulary, byTitleWord) : (nameVocabulary, byNameWord);
            var from = Array.BinarySearch(vocabulary, start, StringComparer.Ordinal);
            from = from < 0 ? ~from : from;
            var starting = new HashSet<int>();
            for (var i = from; i < vocabulary.Length && vocabulary[i].StartsWith(start, StringComparison.Ordinal); i++)
            {
                starting.UnionWith(byWord[i]);
            }

            if (starting.Count == 0)
            {
                return [];
            }

            return stems.Length == 0 ? starting : Holding(stems).Where(starting.Contains);
        }

        private static (string[] Words, int[][] Entries) Vocabulary(Dictionary<string, int[]> postings)
        {
            var words = postings.Keys.Order(StringComparer.Ordinal).ToArray();
            return (words, words.Select(w => postings[w]).ToArray());
        }

        private static IEnumerable<int> Intersect(List<int[]> lists)
        {
            lists.Sort((a, b) => a.Length.CompareTo(b.Length));
            IEnumerable<int> result = lists[0];
            foreach (var list in lists.Skip(1))
            {
                var other = list;
                result = result.Where(e => Array.BinarySearch(other, e) >= 0);
            }

            return result;
        }

        private Dictionary<string, int[]> Postings(Func<Entry, string[]> terms)
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var e = 0; e < Entries.Length; e++)
            {
                foreach (var term in terms(Entries[e]).Distinct())
                {
                    if (!postings.TryGetValue(term, out var list))
                    {
                        list = [];
                        postings[term] = list;
                    }

                    list.Add(e);
                }
            }

            return postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }

        /// <summary>A word of two or more capitals and no small letters: "CNA", "QC", "RN".</summary>
        private static bool HasAbbreviation(string text) =>
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Count(char.IsUpper) >= 2 && !w.Any(char.IsLower));

        private static Entry Read(int occupation, EntryKind kind, string text, string part)
        {
            var words = SearchText.Words(part);
            return new Entry(occupation, kind, text, words, words.Select(SearchText.Stem).ToArray());
        }
    }
}
