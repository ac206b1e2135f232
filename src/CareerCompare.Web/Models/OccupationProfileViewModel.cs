namespace CareerCompare.Web.Models;

/// <param name="NearestOfficial">For a careers-site occupation: the official occupation nearest to it (a judgement call).</param>
/// <param name="CompareWith">Occupations to compare it with: O*NET's related occupations, else others of its category.</param>
public sealed record OccupationProfileViewModel(
    OccupationDetails Occupation,
    ChartViewModel SalaryChart,
    ChartViewModel SkillsChart,
    ChartViewModel GenderChart,
    ChartViewModel RaceChart,
    ChartViewModel? EducationChart,
    OccupationLink? NearestOfficial,
    IReadOnlyList<OccupationLink> CompareWith);
