using System.Globalization;
using System.Text.Json.Nodes;
using CareerCompare.Web.Data;
using CareerCompare.Web.Data.Import;
using CareerCompare.Web.Models;

namespace CareerCompare.Web.Services;

/// <summary>schema.org data about a profile's occupation (JSON-LD), for search engines.</summary>
public static class StructuredData
{
    /// <summary>schema.org's points of a distribution and the catalogue's keys for them ("wages.annual.p10").</summary>
    private static readonly (string Key, string Property)[] Percentiles =
    [
        ("p10", "percentile10"), ("p25", "percentile25"), ("median", "median"), ("p75", "percentile75"), ("p90", "percentile90"),
    ];

    /// <summary>
    /// An schema.org Occupation. Only figures the source publishes are given: a top-coded or withheld percentile is
    /// left out (schema.org cannot say "or more"), an unknown one too; nothing is ever written as 0. The serializer
    /// escapes "&lt;", "&gt;" and "&amp;", so the text cannot close the script element it is written into.
    /// </summary>
    public static string Occupation(OccupationDetails o, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(o);
        var page = new JsonObject { ["@type"] = "WebPage", ["@id"] = pageUrl };
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = o.Title,
            ["url"] = pageUrl,
            ["mainEntityOfPage"] = page,
        };
        if (o.Description is not null)
        {
            data["description"] = o.Description;
        }

        if (o.IsOfficial && o.SocCode is not null)
        {
            data["occupationalCategory"] = new JsonObject
            {
                ["@type"] = "CategoryCode",
                ["codeValue"] = o.SocCode,
                ["name"] = o.Title,
                ["inCodeSet"] = new JsonObject
                {
                    ["@type"] = "CategoryCodeSet",
                    ["name"] = "2018 Standard Occupational Classification (SOC)",
                    ["url"] = "https://www.bls.gov/soc/2018/",
                },
            };
        }

        data["occupationLocation"] = new JsonArray(new JsonObject { ["@type"] = "Country", ["name"] = "United States" });
        var salaries = o.IsOfficial ? OfficialSalaries(o) : EstimateSalaries(o);
        if (salaries.Count > 0)
        {
            data["estimatedSalary"] = salaries;
            if (o.IsOfficial)
            {
                // The day the wage figures were released, as search engines ask of salary data.
                // An occupation BLS no longer publishes keeps the release of its last figures.
                var released = OfficialFiles.ReleasedOn(o.WagesYear ?? OfficialFiles.CurrentWagesYear) ?? OfficialFiles.WagesReleased;
                page["lastReviewed"] = released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        var education = o.IsOfficial ? o.TypicalEntryEducation : o.MostCommonDegree;
        if (education is not null)
        {
            data["educationRequirements"] = education;
        }

        if (o.IsOfficial && o.WorkExperience is not null)
        {
            data["experienceRequirements"] = o.WorkExperience;
        }

        if (o.Skills.Count > 0)
        {
            data["skills"] = new JsonArray(o.Skills.Select(s => (JsonNode?)JsonValue.Create(s.Name)).ToArray());
        }

        if (o.Responsibilities.Count > 0)
        {
            data["responsibilities"] = new JsonArray(o.Responsibilities.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
        }

        return data.ToJsonString();
    }

    private static JsonArray OfficialSalaries(OccupationDetails o)
    {
        var salaries = new JsonArray();
        foreach (var (period, duration, name) in new[] { ("annual", "P1Y", "yearly"), ("hourly", "PT1H", "hourly") })
        {
            var distribution = new JsonObject
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = "base",
                ["description"] = $"{name} wages, national, {FigureCatalogue.SourceOf($"wages.{period}.median", o)}",
                ["currency"] = "USD",
                ["duration"] = duration,
            };
            var any = false;
            foreach (var (key, property) in Percentiles)
            {
                // Published figures only: a top-coded percentile would be understated, a withheld one is not there.
                var wage = FigureCatalogue.Read($"wages.{period}.{key}", o);
                if (wage is { Status: FigureStatus.Published, IsKnown: true } && ApiFigure.NumberOf(wage) is { } dollars)
                {
                    distribution[property] = dollars;
                    any = true;
                }
            }

            if (any)
            {
                salaries.Add(distribution);
            }
        }

        return salaries;
    }

    private static JsonArray EstimateSalaries(OccupationDetails o)
    {
        var low = ApiFigure.NumberOf(FigureCatalogue.Read("salary.rangeLow", o));
        var high = ApiFigure.NumberOf(FigureCatalogue.Read("salary.rangeHigh", o));
        var average = ApiFigure.NumberOf(FigureCatalogue.Read("salary.average", o));
        if (average is null && low is null && high is null)
        {
            return [];
        }

        var amount = new JsonObject
        {
            ["@type"] = "MonetaryAmount",
            ["name"] = "base",
            ["description"] = $"yearly salary (average and range): {FigureCatalogue.SourceOf("salary.average", o)}",
            ["currency"] = "USD",
        };
        if (low is { } lowest)
        {
            amount["minValue"] = lowest;
        }

        if (high is { } highest)
        {
            amount["maxValue"] = highest;
        }

        if (average is { } value)
        {
            amount["value"] = value;
        }

        return [amount];
    }
}
