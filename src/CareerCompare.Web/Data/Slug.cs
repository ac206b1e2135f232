using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerCompare.Web.Data;

/// <summary>Occupation addresses: lower-case words joined by hyphens ("patient-account-manager").</summary>
public static partial class Slug
{
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    /// <summary>"Cooks, Restaurant" → "cooks-restaurant"; accents are dropped.</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var ascii = new string(title.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        return NonSlug().Replace(ascii.ToLowerInvariant(), "-").Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
