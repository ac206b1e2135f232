using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CareerCompare.Web.Data.Import;

/// <summary>One Occupational Outlook Handbook page as the importer keeps it: its address, title, edition, text and licence sentence.</summary>
/// <param name="Edition">The projections' years its Quick Facts name ("Job Outlook, 2024–34"), the Handbook's edition.</param>
internal sealed record HandbookPage(string Address, string Title, string Edition, List<HandbookPart> Parts, string? LicenceSentence);

/// <summary>
/// The Occupational Outlook Handbook's pages (<see cref="OfficialFiles.HandbookPages"/>, one HTML file a profile, named
/// by its address's last part) joined to occupations through the crosswalk's "OOH Profile Website" column. Each page is
/// read with AngleSharp by the elements BLS's pages are built of: the tabs <c>div#tab-1</c> (Summary) to
/// <c>div#tab-4</c> (How to Become One), the Quick Facts table, the canonical address and the title. A page that lacks
/// one of them stops the import, naming the page and what is missing: its layout has changed, and the text would be
/// wrong or empty without a word.
/// </summary>
internal static partial class HandbookPages
{
    private const string OnetColumn = "O*NET-SOC Code";
    private const string NemColumn = "NEM Code";
    private const string TitleColumn = "OOH Profile Title";
    private const string AddressColumn = "OOH Profile Website";

    private static readonly (string Id, string Name, HandbookTab Tab, HandbookTab Summary)[] Tabs =
    [
        ("tab-2", "What They Do", HandbookTab.WhatTheyDo, HandbookTab.WhatTheyDoSummary),
        ("tab-3", "Work Environment", HandbookTab.WorkEnvironment, HandbookTab.WorkEnvironmentSummary),
        ("tab-4", "How to Become One", HandbookTab.HowToBecomeOne, HandbookTab.HowToBecomeOneSummary),
    ];

    /// <summary>The page files present, for the import's hash (a changed page imports again).</summary>
    public static IEnumerable<string> Files(string directory)
    {
        var folder = Path.Combine(directory, OfficialFiles.HandbookPages);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.html").Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// The crosswalk's Handbook page for each SOC code that has one: its address as the crosswalk writes it and the
    /// page's title there. The crosswalk's NEM codes that a spreadsheet turned into dates ("Nov-11") are read from the
    /// O*NET code, as <see cref="OnetIndex"/> does.
    /// </summary>
    public static Dictionary<string, (string Address, string Title)> Crosswalk(string directory)
    {
        // Read beside the other files, possibly before anything else has registered the code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var pages = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.Crosswalk, [OnetColumn, NemColumn, TitleColumn, AddressColumn],
                     encoding: Encoding.GetEncoding(1252), headerStartsWith: "Sort Order"))
        {
            var onet = row[OnetColumn];
            var address = row[AddressColumn].Trim();
            if (onet.Length < 10 || !address.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var soc = OfficialCatalogueReader.SocCode().IsMatch(row[NemColumn]) ? row[NemColumn] : onet[..7];
            pages.TryAdd(soc, (address, row[TitleColumn].Trim()));
        }

        return pages;
    }

    /// <summary>
    /// The file a crosswalk address is kept in: its last part, ".html" for ".htm". One address in the crosswalk is cut
    /// short before its extension's dot ("…/semiconductor-processing-technicians-.htm"): the dash it ends with is not
    /// part of the page's name, and the page's own address (read from the page) is the one kept.
    /// </summary>
    public static string FileOf(string address)
    {
        var last = address[(address.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return (dot > 0 ? last[..dot] : last).TrimEnd('-') + ".html";
    }

    /// <summary>Reads the pages the addresses name, each once, in parallel (a few hundred pages of about 17 KB).</summary>
    public static Dictionary<string, HandbookPage> Read(string directory, IEnumerable<string> addresses)
    {
        var files = addresses.Select(FileOf).Distinct(StringComparer.Ordinal).ToList();
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, HandbookPage>(StringComparer.Ordinal);
        try
        {
            Parallel.ForEach(files, file =>
            {
                var name = $"{OfficialFiles.HandbookPages}/{file}";
                pages[file] = Parse(name, File.ReadAllText(DataFile.Locate(directory, name)));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<SeedDataException>().FirstOrDefault() is { } first)
        {
            // The page's own error, as a file read one at a time would raise it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
        return new Dictionary<string, HandbookPage>(pages, StringComparer.Ordinal);
    }

    /// <summary>One page: its address, title, edition, the Summary's lines and the three tabs' text.</summary>
    /// <param name="name">The file's name, for the error a missing part raises.</param>
    public static HandbookPage Parse(string name, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        SeedDataException Missing(string what) =>
            new($"{name}: the Occupational Outlook Handbook page has no {what} (has the page's layout changed?).");

        var address = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? document.QuerySelector(".citation a[href]")?.GetAttribute("href")
            ?? throw Missing("address (link rel=canonical)");
        var title = Clean(document.QuerySelector("h1")?.TextContent) ?? throw Missing("title (h1)");
        var edition = document.QuerySelectorAll("#quickfacts th").Select(th => JobOutlookYears().Match(th.TextContent)).FirstOrDefault(m => m.Success)
            is { } years ? $"{years.Groups[1].Value}–{years.Groups[2].Value}" : throw Missing("edition (the Quick Facts' “Job Outlook, 2024–34” row)");

        var summary = document.GetElementById("tab-1") ?? throw Missing("tab “Summary” (div#tab-1)");
        var parts = new List<HandbookPart>();
        foreach (var (id, tabName, tab, summaryTab) in Tabs)
        {
            // The Summary's heading that links to the tab, and the paragraphs after it up to the next heading.
            var heading = summary.QuerySelectorAll("h3").FirstOrDefault(h => h.QuerySelector($"a[href='#{id}']") is not null)
                ?? throw Missing($"line on “{tabName}” in its Summary (an h3 linking to #{id})");
            // Most pages put them in paragraphs; a few write the text straight after the heading.
            var lines = new List<HandbookPart>();
            var loose = new StringBuilder();
            void Flush()
            {
                if (Clean(loose.ToString()) is { } text)
                {
                    lines.Add(new HandbookPart(summaryTab, null, HandbookBlock.Paragraph, text));
                }

                loose.Clear();
            }

            for (var next = heading.NextSibling; next is not null && next is not IElement { LocalName: "h3" }; next = next.NextSibling)
            {
                if (next is IElement { LocalName: "p" })
                {
                    Flush();
                    loose.Append(next.TextContent);
                    Flush();
                }
                else if (next.NodeType is NodeType.Text or NodeType.Element)
                {
                    loose.Append(next.TextContent);
                }
            }

            Flush();

            if (lines.Count == 0)
            {
                throw Missing($"text under “{tabName}” in its Summary");
            }

            parts.AddRange(lines);
            var article = document.GetElementById(id)?.QuerySelector("article") ?? throw Missing($"tab “{tabName}” (div#{id} article)");
            var tabParts = Blocks(article, tab).ToList();
            if (tabParts.Count == 0)
            {
                throw Missing($"text in the tab “{tabName}” (div#{id})");
            }

            parts.AddRange(tabParts);
        }

        return new HandbookPage(address, title, edition, parts, LicenceSentence(parts));
    }

    /// <summary>A tab's paragraphs, lists and tables in the page's order, each under the sub-heading (h3) before it.</summary>
    private static IEnumerable<HandbookPart> Blocks(IElement article, HandbookTab tab)
    {
        string? heading = null;
        foreach (var element in article.QuerySelectorAll("h3, p, ul, ol, table"))
        {
            // A paragraph inside a list item or a table cell is read with its list or table.
            if (element.ParentElement?.Closest("p, ul, ol, table") is not null)
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "h3":
                    heading = Clean(element.TextContent);
                    break;
                case "p" when Clean(element.TextContent) is { } text:
                    var lead = element.FirstElementChild is { LocalName: "strong" or "em" or "b" } first
                        && Clean(first.TextContent) is { } bold && text.StartsWith(bold, StringComparison.Ordinal) && bold.Length < text.Length
                        ? bold : null;
                    // The bold words' own full stop sometimes follows them outside the bold ("<strong>Communication skills</strong>.").
                    var leadLength = lead is null ? 0 : lead.Length + (text.Length > lead.Length && text[lead.Length] is '.' or ':' ? 1 : 0);
                    yield return lead is null
                        ? new HandbookPart(tab, heading, HandbookBlock.Paragraph, text)
                        : new HandbookPart(tab, heading, HandbookBlock.Paragraph, text[leadLength..].TrimStart(), text[..leadLength]);
                    break;
                case "ul" or "ol":
                    var items = element.Children.Where(c => c.LocalName == "li").Select(li => Clean(li.TextContent)).OfType<string>().ToList();
                    if (items.Count > 0)
                    {
                        yield return new HandbookPart(tab, heading, HandbookBlock.List, string.Join("; ", items), Items: items);
                    }

                    break;
                case "table":
                    var rows = element.QuerySelectorAll("tr")
                        .Select(tr => string.Join('\t', tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => Clean(c.TextContent) ?? string.Empty)))
                        .Where(r => r.Replace("\t", string.Empty, StringComparison.Ordinal).Length > 0).ToList();
                    if (rows.Count > 0)
                    {
                        yield return new HandbookPart(tab, heading, HandbookBlock.Table, string.Join("; ", rows.Select(r => r.Replace('\t', ' '))), Items: rows);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The first sentence of "How to Become One" (its Summary line, then the tab) that says in words that the workers
    /// must be licensed: "Registered nurses must be licensed.", "Most states require electricians to be licensed." A
    /// sentence that only allows it ("may", "can", "some …"), is about a driver's licence or is about keeping a licence
    /// does not count; null where no sentence says so.
    /// </summary>
    internal static string? LicenceSentence(IEnumerable<HandbookPart> parts) => parts
        .Where(p => p.Tab is HandbookTab.HowToBecomeOneSummary or HandbookTab.HowToBecomeOne && p.Kind == HandbookBlock.Paragraph)
        .SelectMany(p => Sentences().Split(p.Text))
        .FirstOrDefault(s => LicenceRequired().IsMatch(s) && !Hedged().IsMatch(s));

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var clean = Whitespace().Replace(text.Replace('\u00a0', ' '), " ").Trim();
        return clean.Length == 0 ? null : clean;
    }

    [GeneratedRegex(@"Job Outlook,\s*(\d{4})\s*[–-]\s*(\d{2})")]
    private static partial Regex JobOutlookYears();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A sentence ends at ".", "!" or "?" before a capital, not after initials ("U.S. Coast Guard").
    [GeneratedRegex(@"(?<![A-Z]\.[A-Z]\.)(?<=[.!?])\s+(?=[A-Z“""])")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\b(must|require[sd]?|need|needs|are required|is required)\b[^.]*\blicen[cs](ed|e|es|ure)\b|\bmust\b[^.]*\blicen[cs]ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceRequired();

    [GeneratedRegex(@"^(Some|In some|Although)\b|\b(may|might|can|could|voluntary|optional|driver|maintain|renew|continuing education|additional)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedged();

    /// <summary>Puts a page's address, title, edition, licence sentence and text on the occupation it describes.</summary>
    public static void Fill(Occupation occupation, HandbookPage page)
    {
        occupation.HandbookAddress = page.Address;
        occupation.HandbookTitle = page.Title;
        occupation.HandbookEdition = page.Edition;
        occupation.HandbookLicenceSentence = page.LicenceSentence;
        occupation.Handbook = page.Parts;
    }

    /// <summary>
    /// Where one Handbook page describes several of the site's occupations (nurse anesthetists, nurse midwives and nurse
    /// practitioners), each says which others it shares the page with.
    /// </summary>
    public static void NameSharedPages(List<Occupation> occupations)
    {
        foreach (var group in occupations.Where(o => o.HandbookAddress is not null).GroupBy(o => o.HandbookAddress, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var occupation in group)
            {
                occupation.HandbookAlsoCovers = group.Where(o => o != occupation).Select(o => o.Title).ToList();
            }
        }
    }
}
