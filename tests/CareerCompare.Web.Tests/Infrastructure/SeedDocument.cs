namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>Paths and figures of the seed document, written as the careers site's page prints them.</summary>
public static class SeedDocument
{
    public const string Director = "patient-relations-director";
    public const string Manager = "patient-account-manager";
    public const string ComparisonUrl = "/compare/patient-relations-director-vs-patient-account-manager";

    public static string SeedDataDirectory => Path.Combine(AppContext.BaseDirectory, "seed-data");

    public static readonly string[] DirectorResponsibilities =
    [
        "Manage oversight to joint commission and other regulatory requirements.",
        "Lead interdisciplinary teams working on quality improvement initiatives and prepare for a JCAHO survey.",
        "Coach staff on hospital systems such as CMS, IEX, CTI and TCS.",
        "Maintain monthly reports, payroll, and budget.",
        "Create bi-weekly schedule for staff, approve PTO's & vacation requests.",
        "Cover shifts for outlying facilities when either PTO is taken or employees call out.",
    ];

    public static readonly string[] ManagerResponsibilities =
    [
        "Manage CLIA certify laboratory ensuring quality and proficiency standards of several non-waive proficiency tests.",
        "Manage the credentialing of all new providers by ensuring that their Medicare and Medicaid applications are complete accurately and timely.",
        "Manage all medical billing relate operations including insurance and Medicaid verification, coding, accounts receivable, billing and collections.",
        "Manage major transformation by creating/designing and implementing new EHR operating system providing communications, training and technical support throughout the process.",
        "Enter demographics and work on EOB's.",
        "Move the general surgery clinic from one location to another on campus.",
    ];

    public static readonly (string Skill, string Share)[] DirectorSkills =
    [
        ("Patients", "21%"), ("Patient Care", "9%"), ("Patient Safety", "7%"), ("Revenue Cycle", "5%"), ("Customer Service", "5%"), ("Acute Care", "4%"),
    ];

    public static readonly (string Skill, string Share)[] ManagerSkills =
    [
        ("Patients", "22%"), ("Customer Service", "13%"), ("Patient Accounts", "10%"), ("Revenue Cycle", "9%"), ("Patient Care", "4%"), ("Patient Registration", "4%"),
    ];
}
