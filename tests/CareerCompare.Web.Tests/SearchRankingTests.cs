using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests;

/// <summary>
/// Search ranks what people mean: everyday queries and the occupation each must put first, in the suggestions and in the
/// list's search, on the whole official catalogue.
/// </summary>
public sealed class SearchRankingTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>What people type, and the occupation they mean (BLS's title).</summary>
    public static TheoryData<string, string> EverydayQueries => new()
    {
        { "nurse", "Registered Nurses" },
        { "registered nurse", "Registered Nurses" },
        { "rn", "Registered Nurses" },
        { "nurse practitioner", "Nurse Practitioners" },
        { "lpn", "Licensed Practical and Licensed Vocational Nurses" },
        { "cna", "Nursing Assistants" },
        { "software engineer", "Software Developers" },
        { "software developer", "Software Developers" },
        { "developer", "Software Developers" },
        { "web developer", "Web Developers" },
        { "programmer", "Computer Programmers" },
        { "data scientist", "Data Scientists" },
        { "truck driver", "Heavy and Tractor-Trailer Truck Drivers" },
        { "delivery driver", "Light Truck Drivers" },
        { "forklift", "Industrial Truck and Tractor Operators" },
        { "mechanic", "Automotive Service Technicians and Mechanics" },
        { "hvac", "Heating, Air Conditioning, and Refrigeration Mechanics and Installers" },
        { "electrician", "Electricians" },
        { "plumber", "Plumbers, Pipefitters, and Steamfitters" },
        { "carpenter", "Carpenters" },
        { "welder", "Welders, Cutters, Solderers, and Brazers" },
        { "lawyer", "Lawyers" },
        { "attorney", "Lawyers" },
        { "accountant", "Accountants and Auditors" },
        { "cpa", "Accountants and Auditors" },
        { "cashier", "Cashiers" },
        { "janitor", "Janitors and Cleaners, Except Maids and Housekeeping Cleaners" },
        { "firefighter", "Firefighters" },
        { "police officer", "Police and Sheriff's Patrol Officers" },
        { "police", "Police and Sheriff's Patrol Officers" },
        { "cop", "Police and Sheriff's Patrol Officers" },
        { "paramedic", "Paramedics" },
        { "emt", "Emergency Medical Technicians" },
        { "pharmacist", "Pharmacists" },
        { "pharmacy tech", "Pharmacy Technicians" },
        { "dentist", "Dentists, General" },
        { "dental hygienist", "Dental Hygienists" },
        { "medical assistant", "Medical Assistants" },
        { "physical therapist", "Physical Therapists" },
        { "psychologist", "Clinical and Counseling Psychologists" },
        { "chef", "Chefs and Head Cooks" },
        { "cook", "Cooks, Restaurant" },
        { "waiter", "Waiters and Waitresses" },
        { "waitress", "Waiters and Waitresses" },
        { "bartender", "Bartenders" },
        { "barista", "Fast Food and Counter Workers" },
        { "receptionist", "Receptionists and Information Clerks" },
        { "secretary", "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive" },
        { "graphic designer", "Graphic Designers" },
        { "architect", "Architects, Except Landscape and Naval" },
        { "civil engineer", "Civil Engineers" },
        { "pilot", "Airline Pilots, Copilots, and Flight Engineers" },
        { "flight attendant", "Flight Attendants" },
        { "real estate agent", "Real Estate Sales Agents" },
        { "hairdresser", "Hairdressers, Hairstylists, and Cosmetologists" },
        { "security guard", "Security Guards" },
        { "nanny", "Childcare Workers" },
        { "babysitter", "Childcare Workers" },
        { "personal trainer", "Exercise Trainers and Group Fitness Instructors" },
        { "teacher", "Elementary School Teachers, Except Special Education" },
        { "social worker", "Child, Family, and School Social Workers" },
        { "manager", "General and Operations Managers" },
    };

    [Theory]
    [MemberData(nameof(EverydayQueries))]
    public async Task Suggestions_PutWhatPeopleMeanFirst(string query, string expected)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/occupations/suggest?q={Uri.EscapeDataString(query)}", UriKind.Relative)));

        Assert.Equal(expected, json.RootElement[0].GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(EverydayQueries))]
    public async Task ListSearch_PutsWhatPeopleMeanFirst_OnThePageAndInTheApi(string query, string expected)
    {
        var page = await client.GetDocumentAsync($"/occupations?q={Uri.EscapeDataString(query)}");
        var json = await client.GetJsonAsync($"/api/v1/occupations?q={Uri.EscapeDataString(query)}");

        Assert.Equal(expected, page.Find("#occupation-list tbody tr th a").Folded());
        Assert.Equal(expected, json.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Nurse_ListsNursesNotOccupationsReachedThroughAFarFetchedName()
    {
        var json = await client.GetJsonAsync("/api/v1/occupations?q=nurse");

        var slugs = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal("registered-nurses", slugs[0]);
        Assert.Contains("nurse-practitioners", slugs);
        Assert.Contains("licensed-practical-and-licensed-vocational-nurses", slugs);
        // "QC Nurse" is one of computer systems analysts' other names; "nursery" is another word.
        Assert.DoesNotContain("computer-systems-analysts", slugs);
        Assert.DoesNotContain("farmworkers-and-laborers-crop-nursery-and-greenhouse", slugs);
    }

    [Fact]
    public async Task AMatchOnAnotherName_NeverOutranksATitleMatch()
    {
        // Titles holding "truck driver" first (by jobs), then occupations one of whose other names is "Truck Driver".
        var json = await client.GetJsonAsync("/api/v1/occupations?q=truck+driver");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        var firstOtherName = items.FindIndex(i => i.GetProperty("alsoCalled").ValueKind == JsonValueKind.String);
        Assert.True(firstOtherName >= 2, $"an other name matched at {firstOtherName}");
        Assert.All(items.Take(firstOtherName), i => Assert.Contains("Truck Drivers", i.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.All(items.Skip(firstOtherName), i => Assert.Equal(JsonValueKind.String, i.GetProperty("alsoCalled").ValueKind));
    }

    [Fact]
    public async Task SoftwareEngineer_PutsSoftwareDevelopersAboveWebDevelopers()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/occupations/suggest?q=software+engineer", UriKind.Relative)));

        var slugs = json.RootElement.EnumerateArray().Select(e => e.GetProperty("slug").GetString()).ToList();
        Assert.True(slugs.IndexOf("software-developers") < slugs.IndexOf("web-developers") || !slugs.Contains("web-developers"));
        Assert.Equal("Software Engineer", json.RootElement[0].GetProperty("alsoCalled").GetString());
    }

    [Theory]
    [InlineData("acto", "Actors")] // an unfinished word: the start of a word counts while typing
    [InlineData("nur", "Registered Nurses")]
    [InlineData("electri", "Electricians")]
    public async Task Suggestions_CompleteAWordBeingTyped(string query, string expected)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/occupations/suggest?q={query}", UriKind.Relative)));

        Assert.Equal(expected, json.RootElement[0].GetProperty("title").GetString());
    }
}
