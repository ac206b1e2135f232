using System.Text;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Data.Import;

/// <summary>
/// O*NET 29.3 by O*NET-SOC code, and the way from a SOC code to O*NET codes: the code + ".00" first, then the
/// O*NET codes the BLS crosswalk maps to it, then its child codes (".01", ".02"…), each kind of data taken
/// from the first of them that has it.
/// </summary>
internal sealed class OnetIndex
{
    private readonly Dictionary<string, (string Title, string Description)> occupations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> onetByNem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> nemByOnet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> oohGroupByOnet = new(StringComparer.Ordinal);
    private readonly ILookup<string, DataRow> tasks;
    private readonly ILookup<string, DataRow> skills;
    private readonly ILookup<string, DataRow> education;
    private readonly Dictionary<int, string> educationLevels = [];
    private readonly Dictionary<string, int> jobZones = new(StringComparer.Ordinal);
    private readonly ILookup<string, DataRow> related;
    private readonly ILookup<string, string> alternateTitles;
    private readonly HashSet<string> socCodes;

    public OnetIndex(string directory, IEnumerable<string> socCodes)
    {
        this.socCodes = socCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var row in DataFile.ReadTsv(directory, OfficialFiles.OnetOccupations, ["O*NET-SOC Code", "Title", "Description"]))
        {
            occupations[row["O*NET-SOC Code"]] = (row["Title"], row["Description"]);
        }

        const string onetColumn = "O*NET-SOC Code";
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.Crosswalk, [onetColumn, "NEM Code", "OOH Occupation Group"],
                     encoding: Encoding.GetEncoding(1252), headerStartsWith: "Sort Order"))
        {
            var onet = row[onetColumn];
            if (onet.Length < 10)
            {
                continue;
            }

            // The crosswalk went through a spreadsheet once: some NEM codes became dates ("Nov-11" for 11-2011).
            // Such a cell is not trusted; the O*NET code's own SOC part stands in for it.
            var nem = OfficialCatalogueReader.SocCode().IsMatch(row["NEM Code"]) ? row["NEM Code"] : onet[..7];
            nemByOnet[onet] = nem;
            if (!onetByNem.TryGetValue(nem, out var list))
            {
                onetByNem[nem] = list = [];
            }

            list.Add(onet);
            if (OfficialCatalogueReader.Text(row["OOH Occupation Group"]) is { } group)
            {
                oohGroupByOnet[onet] = OohGroupName(group);
            }
        }

        tasks = DataFile.ReadTsv(directory, OfficialFiles.OnetTasks, [onetColumn, "Task", "Task Type"]).ToLookup(r => r[onetColumn]);
        skills = DataFile.ReadTsv(directory, OfficialFiles.OnetSkills, [onetColumn, "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"])
            .Where(r => r["Scale ID"] == "IM" && r["Recommend Suppress"] != "Y" && r["Not Relevant"] != "Y")
            .ToLookup(r => r[onetColumn]);
        // All twelve education shares are kept, imprecise ones too (they are marked): dropping them would leave
        // a distribution that no longer adds up (Registered Nurses would lose their 56% bachelor's degrees).
        education = DataFile.ReadTsv(directory, OfficialFiles.OnetEducation, [onetColumn, "Scale ID", "Category", "Data Value", "Recommend Suppress"])
            .Where(r => r["Scale ID"] == "RL")
            .ToLookup(r => r[onetColumn]);
        foreach (var row in DataFile.ReadTsv(directory, OfficialFiles.OnetEducationCategories, ["Scale ID", "Category", "Category Description"]))
        {
            if (row["Scale ID"] == "RL")
            {
                educationLevels[(int)Cell.Number(row, "Category")!.Value] = ShortLevel(row["Category Description"]);
            }
        }

        foreach (var row in DataFile.ReadTsv(directory, OfficialFiles.OnetJobZones, [onetColumn, "Job Zone"]))
        {
            jobZones[row[onetColumn]] = (int)(Cell.Number(row, "Job Zone") ?? throw row.Error("Job Zone", "a job zone is required"));
        }

        related = DataFile.ReadTsv(directory, OfficialFiles.OnetRelated, [onetColumn, "Related O*NET-SOC Code", "Index"]).ToLookup(r => r[onetColumn]);
        alternateTitles = DataFile.ReadTsv(directory, OfficialFiles.OnetAlternateTitles, [onetColumn, "Alternate Title", "Short Title"])
            .SelectMany(r => new[] { (Code: r[onetColumn], Title: r["Alternate Title"]), (Code: r[onetColumn], Title: r["Short Title"]) })
            .Concat(DataFile.ReadTsv(directory, OfficialFiles.OnetReportedTitles, [onetColumn, "Reported Job Title"])
                .Select(r => (Code: r[onetColumn], Title: r["Reported Job Title"])))
            .Where(t => t.Title.Length > 0)
            .ToLookup(t => t.Code, t => t.Title);
    }

    /// <summary>The crosswalk's NEM (SOC) code for an O*NET code, after repairing spreadsheet-mangled cells.</summary>
    public string? NemCodeOf(string onetCode) => nemByOnet.GetValueOrDefault(onetCode);

    public List<string> CandidatesFor(string soc)
    {
        var candidates = new List<string>();
        if (occupations.ContainsKey(soc + ".00"))
        {
            candidates.Add(soc + ".00");
        }

        candidates.AddRange(onetByNem.GetValueOrDefault(soc, []).Order(StringComparer.Ordinal));
        candidates.AddRange(occupations.Keys.Where(k => k.StartsWith(soc + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    public string? CategoryFor(List<string> candidates) =>
        candidates.Select(c => oohGroupByOnet.GetValueOrDefault(c)).FirstOrDefault(g => g is not null);

    public void Fill(List<string> candidates, Occupation occupation)
    {
        var main = candidates.FirstOrDefault(occupations.ContainsKey);
        occupation.OnetCode = main;
        occupation.OnetTitle = TitleOf(main);
        occupation.Description = main is null ? null : occupations[main].Description;

        var taskCode = candidates.FirstOrDefault(c => tasks[c].Any());
        (occupation.TasksOnetCode, occupation.TasksOnetTitle) = (taskCode, TitleOf(taskCode));
        if (taskCode is not null)
        {
            occupation.Responsibilities.AddRange(tasks[taskCode]
                .OrderBy(t => t["Task Type"] == "Core" ? 0 : 1)
                .Select(t => t["Task"]));
        }

        var skillCode = candidates.FirstOrDefault(c => skills[c].Any());
        (occupation.SkillsOnetCode, occupation.SkillsOnetTitle) = (skillCode, TitleOf(skillCode));
        if (skillCode is not null)
        {
            occupation.Skills.AddRange(skills[skillCode]
                .Select(s => (Name: s["Element Name"], Importance: Cell.Number(s, "Data Value") ?? throw s.Error("Data Value", "an importance rating is required")))
                .OrderByDescending(s => s.Importance).ThenBy(s => s.Name, StringComparer.Ordinal)
                .Take(OfficialCatalogueReader.TopSkills)
                .Select(s => new SkillShare(s.Name, null, s.Importance)));
        }

        var educationCode = candidates.FirstOrDefault(c => education[c].Any());
        (occupation.EducationOnetCode, occupation.EducationOnetTitle) = (educationCode, TitleOf(educationCode));
        if (educationCode is not null)
        {
            foreach (var row in education[educationCode])
            {
                var category = (int)(Cell.Number(row, "Category") ?? throw row.Error("Category", "a category is required"));
                occupation.EducationLevels.Add(new EducationShare(
                    category,
                    educationLevels.GetValueOrDefault(category) ?? throw row.Error("Category", "not an education category"),
                    Cell.Number(row, "Data Value") ?? throw row.Error("Data Value", "a percentage is required"),
                    row["Recommend Suppress"] == "Y"));
            }

            occupation.EducationLevels.Sort((a, b) => a.Category.CompareTo(b.Category));
        }

        var jobZoneCode = candidates.FirstOrDefault(jobZones.ContainsKey);
        occupation.JobZone = jobZoneCode is null ? null : jobZones[jobZoneCode];
        (occupation.JobZoneOnetCode, occupation.JobZoneOnetTitle) = (jobZoneCode, TitleOf(jobZoneCode));

        var title = occupation.Title;
        occupation.AlternateTitles.AddRange(candidates.SelectMany(c => alternateTitles[c])
            .Concat(candidates.Where(occupations.ContainsKey).Select(c => occupations[c].Title))
            .Where(t => !t.Equals(title, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(t => new AlternateTitle { Title = t }));
    }

    private string? TitleOf(string? code) => code is not null && occupations.TryGetValue(code, out var o) ? o.Title : null;

    /// <summary>The SOC codes of the occupations O*NET relates to this one, in O*NET's order.</summary>
    public List<string> RelatedSocCodes(List<string> candidates, string soc)
    {
        var source = candidates.FirstOrDefault(c => related[c].Any());
        if (source is null)
        {
            return [];
        }

        return related[source]
            .OrderBy(r => Cell.Number(r, "Index") ?? double.MaxValue)
            .Select(r => r["Related O*NET-SOC Code"])
            .Select(code => socCodes.Contains(code[..7]) ? code[..7] : nemByOnet.GetValueOrDefault(code))
            .Where(code => code is not null && code != soc && socCodes.Contains(code))
            .Distinct(StringComparer.Ordinal)
            .Take(OfficialCatalogueReader.MaxRelated)
            .ToList()!;
    }

    // The crosswalk writes groups as they appear in OOH addresses ("Education-Training-and-Library").
    private static readonly Dictionary<string, string> OohGroupNames = new(StringComparer.Ordinal)
    {
        ["Education-Training-and-Library"] = "Education, Training, and Library",
        ["Life-Physical-and-Social-Science"] = "Life, Physical, and Social Science",
        ["Installation-Maintenance-and-Repair"] = "Installation, Maintenance, and Repair",
        ["Farming-Fishing-and-Forestry"] = "Farming, Fishing, and Forestry",
        ["Building-and-Grounds-Cleaning"] = "Building and Grounds Cleaning",
        ["Business-and-Financial"] = "Business and Financial",
    };

    private static string OohGroupName(string group) => OohGroupNames.GetValueOrDefault(group) ?? group.Replace('-', ' ');

    // "Bachelor's Degree - Generally lasts 4 years" reads "Bachelor's Degree" in a chart.
    private static string ShortLevel(string description)
    {
        var cut = description.IndexOf(" - ", StringComparison.Ordinal);
        return (cut > 0 ? description[..cut] : description).Trim();
    }
}
