namespace CareerCompare.Web.Models;

public sealed record OccupationProfileViewModel(
    OccupationDetails Occupation,
    ChartViewModel SalaryChart,
    ChartViewModel SkillsChart,
    ChartViewModel GenderChart,
    ChartViewModel RaceChart,
    IReadOnlyList<OccupationLink> CompareWith);
