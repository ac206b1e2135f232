using CareerCompare.Web.Formatting;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Sections;

/// <summary>Where the figures come from: the occupation's codes in the official classifications and its sources.</summary>
internal static class CodesSection
{
    /// <summary>The codes' one-line answer: "SOC 29-1141 · O*NET-SOC 29-1141.00".</summary>
    internal static string Headline(OccupationDetails o) =>
        $"SOC {o.SocCode ?? FigureFormat.Unknown} · O*NET-SOC {o.OnetCode ?? FigureFormat.Unknown}";
}
