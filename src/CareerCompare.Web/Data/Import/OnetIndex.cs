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
    private readonly Dictionary<string, List<OnetRating>> skills;
    private readonly Dictionary<string, List<OnetRating>> knowledge;
    private readonly ILookup<string, TechnologyTool> tools;
    private readonly ILookup<string, DataRow> education;
    private readonly Dictionary<(string Scale, int Category), string> educationLevels = [];
    private readonly Dictionary<string, List<InterestScore>> interests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> interestCodes = new(StringComparer.Ordinal);
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
        foreach (var row in DataFile.ReadCsv(directory, OfficialFiles.Crosswalk, [onetColumn, "NEM Code", "OOH Occupation Group", "OOH Profile Website"],
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

        tasks = DataFile.ReadTsv(directory, OfficialFiles.OnetTasks, [onetColumn, "Task ID", "Task", "Task Type"]).ToLookup(r => r[onetColumn]);
        skills = ReadRatings(directory, OfficialFiles.OnetSkills);
        knowledge = ReadRatings(directory, OfficialFiles.OnetKnowledge);
        // Skills are O*NET's elements 2.A (basic) and 2.B (cross-functional), knowledge areas 2.C.
        Anchors = DataFile.ReadTsv(directory, OfficialFiles.OnetLevelAnchors, ["Element ID", "Element Name", "Scale ID", "Anchor Value", "Anchor Description"])
            .Where(r => r["Scale ID"] == "LV" && r["Element ID"].Length > 2 && r["Element ID"].StartsWith("2.", StringComparison.Ordinal) && r["Element ID"][2] is 'A' or 'B' or 'C')
            .Select(r => new LevelAnchor
            {
                Kind = r["Element ID"][2] == 'C' ? LevelAnchor.Knowledge : LevelAnchor.Skill,
                Element = r["Element Name"],
                Level = Cell.Number(r, "Anchor Value") ?? throw r.Error("Anchor Value", "a level is required"),
                Description = r["Anchor Description"],
            })
            .ToList();
        // In-demand and hot technologies first, then by name: the ones worth learning lead the list.
        tools = DataFile.ReadTsv(directory, OfficialFiles.OnetTechnology, [onetColumn, "Example", "Commodity Title", "Hot Technology", "In Demand"])
            .Select(r => (Code: r[onetColumn], Tool: new TechnologyTool(r["Example"], r["Commodity Title"], Flag(r, "Hot Technology"), Flag(r, "In Demand"))))
            .Where(t => t.Tool.Name.Length > 0)
            .OrderByDescending(t => t.Tool.InDemand).ThenByDescending(t => t.Tool.Hot).ThenBy(t => t.Tool.Name, StringComparer.OrdinalIgnoreCase)
            .ToLookup(t => t.Code, t => t.Tool);
        // All twelve education shares are kept, imprecise ones too (they are marked): dropping them would leave
        // a distribution that no longer adds up (Registered Nurses would lose their 56% bachelor's degrees).
        // Required education (RL), related work experience (RW) and on-the-job training (OJ): one table, by scale.
        education = DataFile.ReadTsv(directory, OfficialFiles.OnetEducation, [onetColumn, "Scale ID", "Category", "Data Value", "Recommend Suppress"])
            .Where(r => r["Scale ID"] is EducationScale or ExperienceScale or TrainingScale)
            .ToLookup(r => r[onetColumn]);
        foreach (var row in DataFile.ReadTsv(directory, OfficialFiles.OnetEducationCategories, ["Scale ID", "Category", "Category Description"]))
        {
            if (row["Scale ID"] is EducationScale or ExperienceScale or TrainingScale)
            {
                // O*NET leaves the first experience category unnamed: it is "none".
                var name = ShortLevel(row["Category Description"]);
                educationLevels[(row["Scale ID"], (int)Cell.Number(row, "Category")!.Value)] = name.Length > 0 ? name : "None";
            }
        }

        ReadInterests(directory);
        InterestAreas = ReadInterestAreas(directory);

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

    /// <summary>How many O*NET occupations its occupation file lists.</summary>
    public int OccupationCount => occupations.Count;

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

    /// <summary>The tasks an occupation shows (those of its tasks O*NET code, core tasks first) with O*NET's Task IDs.</summary>
    public IEnumerable<(string Id, string Task)> TasksOf(string? taskCode) => taskCode is null ? []
        : tasks[taskCode].OrderBy(t => t["Task Type"] == "Core" ? 0 : 1).Select(t => (t["Task ID"], t["Task"]));

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
            occupation.Responsibilities.AddRange(TasksOf(taskCode).Select(t => t.Task));
        }

        var skillCode = candidates.FirstOrDefault(skills.ContainsKey);
        (occupation.SkillsOnetCode, occupation.SkillsOnetTitle) = (skillCode, TitleOf(skillCode));
        if (skillCode is not null)
        {
            occupation.SkillRatings.AddRange(skills[skillCode]);
            occupation.Skills.AddRange(skills[skillCode]
                .Take(OfficialCatalogueReader.TopSkills)
                .Select(s => new SkillShare(s.Name, null, s.Importance)));
        }

        var knowledgeCode = candidates.FirstOrDefault(knowledge.ContainsKey);
        (occupation.KnowledgeOnetCode, occupation.KnowledgeOnetTitle) = (knowledgeCode, TitleOf(knowledgeCode));
        if (knowledgeCode is not null)
        {
            occupation.KnowledgeRatings.AddRange(knowledge[knowledgeCode]);
        }

        var toolsCode = candidates.FirstOrDefault(c => tools[c].Any());
        (occupation.ToolsOnetCode, occupation.ToolsOnetTitle) = (toolsCode, TitleOf(toolsCode));
        if (toolsCode is not null)
        {
            // A product listed under two kinds of technology is one tool. Software developers use 426: the ones kept are
            // the most asked for (in demand, then hot, then by name); the count says how many O*NET lists in all.
            var all = tools[toolsCode].DistinctBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
            occupation.ToolsListed = all.Count;
            occupation.Tools.AddRange(all.Take(OfficialCatalogueReader.MaxTools));
        }

        // The three distributions come from one survey: all from the first code that has the required education.
        var educationCode = candidates.FirstOrDefault(c => education[c].Any(r => r["Scale ID"] == EducationScale));
        (occupation.EducationOnetCode, occupation.EducationOnetTitle) = (educationCode, TitleOf(educationCode));
        if (educationCode is not null)
        {
            occupation.EducationLevels.AddRange(Distribution(educationCode, EducationScale));
            occupation.ExperienceLevels.AddRange(Distribution(educationCode, ExperienceScale));
            occupation.TrainingLevels.AddRange(Distribution(educationCode, TrainingScale));
        }

        var interestsCode = candidates.FirstOrDefault(interests.ContainsKey);
        (occupation.InterestsOnetCode, occupation.InterestsOnetTitle) = (interestsCode, TitleOf(interestsCode));
        if (interestsCode is not null)
        {
            occupation.Interests.AddRange(interests[interestsCode]);
            occupation.InterestCode = interestCodes.GetValueOrDefault(interestsCode);
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

    private const string EducationScale = "RL";
    private const string ExperienceScale = "RW";
    private const string TrainingScale = "OJ";

    private List<EducationShare> Distribution(string code, string scale) => education[code]
        .Where(r => r["Scale ID"] == scale)
        .Select(row =>
        {
            var category = (int)(Cell.Number(row, "Category") ?? throw row.Error("Category", "a category is required"));
            return new EducationShare(
                category,
                educationLevels.GetValueOrDefault((scale, category)) ?? throw row.Error("Category", $"not a category of {scale}"),
                Cell.Number(row, "Data Value") ?? throw row.Error("Data Value", "a percentage is required"),
                row["Recommend Suppress"] == "Y");
        })
        .OrderBy(e => e.Category)
        .ToList();

    /// <summary>
    /// Interests: the six RIASEC scores (OI, 1–7) of each code, in RIASEC order, and its high-point code from the first,
    /// second and third high points (IH: 1–6 name an area in RIASEC order, 0 none).
    /// </summary>
    private void ReadInterests(string directory)
    {
        const string onetColumn = "O*NET-SOC Code";
        var rows = DataFile.ReadTsv(directory, OfficialFiles.OnetInterests, [onetColumn, "Element Name", "Scale ID", "Data Value"]);
        foreach (var group in rows.GroupBy(r => r[onetColumn], StringComparer.Ordinal))
        {
            var scores = group.Where(r => r["Scale ID"] == "OI")
                .Select(r => new InterestScore(
                    Array.IndexOf(InterestArea.Names, r["Element Name"]) >= 0 ? r["Element Name"] : throw r.Error("Element Name", "not a RIASEC interest"),
                    Cell.Number(r, "Data Value") ?? throw r.Error("Data Value", "a score is required")))
                .OrderBy(s => Array.IndexOf(InterestArea.Names, s.Name))
                .ToList();
            if (scores.Count == 0)
            {
                continue;
            }

            interests[group.Key] = scores;
            var code = string.Concat(group.Where(r => r["Scale ID"] == "IH")
                .OrderBy(r => r["Element Name"] switch
                {
                    "First Interest High-Point" => 1,
                    "Second Interest High-Point" => 2,
                    "Third Interest High-Point" => 3,
                    _ => throw r.Error("Element Name", "not a high point"),
                })
                .Select(r => (int)(Cell.Number(r, "Data Value") ?? 0))
                .TakeWhile(n => n is >= 1 and <= 6)
                .Select(n => InterestArea.Names[n - 1][0]));
            if (code.Length > 0)
            {
                interestCodes[group.Key] = code;
            }
        }
    }

    private static List<InterestArea> ReadInterestAreas(string directory)
    {
        var keywords = DataFile.ReadTsv(directory, OfficialFiles.OnetInterestKeywords, ["Element Name", "Keyword", "Keyword Type"]).ToList();
        var activities = DataFile.ReadTsv(directory, OfficialFiles.OnetInterestActivities, ["Element Name", "Interest Type", "Activity"])
            .Where(r => r["Interest Type"] == "General").ToList();
        return InterestArea.Names.Select((name, i) => new InterestArea
        {
            Id = i + 1,
            Name = name,
            Actions = string.Join(", ", keywords.Where(k => k["Element Name"] == name && k["Keyword Type"] == "Action").Select(k => k["Keyword"])),
            Objects = string.Join(", ", keywords.Where(k => k["Element Name"] == name && k["Keyword Type"] == "Object").Select(k => k["Keyword"])),
            Activities = string.Join("\n", activities.Where(a => a["Element Name"] == name).Select(a => a["Activity"])),
        }).ToList();
    }

    /// <summary>O*NET's six interest areas in its words.</summary>
    public List<InterestArea> InterestAreas { get; private set; } = [];

    /// <summary>O*NET's level anchors of every skill and knowledge area it rates.</summary>
    public List<LevelAnchor> Anchors { get; }

    private static bool Flag(DataRow row, string column) => row[column] switch
    {
        "Y" => true,
        "N" or "" => false,
        _ => throw row.Error(column, "Y or N expected"),
    };

    /// <summary>
    /// Skills or Knowledge, both scales: each area's importance (IM, 1–5) with its level (LV, 0–7), by O*NET code, the
    /// most important first. An importance or a level O*NET recommends suppressing is kept and marked (the pages say "low
    /// reliability"), never dropped; a level it marks "not relevant" is none (the area does not matter to the job).
    /// </summary>
    private static Dictionary<string, List<OnetRating>> ReadRatings(string directory, string file)
    {
        const string onetColumn = "O*NET-SOC Code";
        var rows = DataFile.ReadTsv(directory, file, [onetColumn, "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"]);
        var levels = rows.Where(r => r["Scale ID"] == "LV")
            .ToDictionary(r => (r[onetColumn], r["Element Name"]), r => r);
        return rows.Where(r => r["Scale ID"] == "IM" && r["Not Relevant"] != "Y")
            .Select(r =>
            {
                var importance = Cell.Number(r, "Data Value") ?? throw r.Error("Data Value", "an importance rating is required");
                var level = levels.GetValueOrDefault((r[onetColumn], r["Element Name"]));
                var relevant = level is not null && level["Not Relevant"] != "Y";
                return (Code: r[onetColumn], Rating: new OnetRating(
                    r["Element Name"],
                    importance,
                    relevant ? Cell.Number(level!, "Data Value") : null,
                    relevant && level!["Recommend Suppress"] == "Y",
                    Flag(r, "Recommend Suppress")));
            })
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Rating)
                .OrderByDescending(r => r.Importance).ThenBy(r => r.Name, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
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
