namespace CareerCompare.Web.Formatting;

/// <summary>Small helpers for sentences written from data: "a patient relations director", "a, b and c".</summary>
public static class Wording
{
    /// <summary>"Patient Care" → "patient care"; acronyms such as "EHR" keep their capitals.</summary>
    public static string Lower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split(' ').Select(word => word.Count(char.IsUpper) > 1 ? word : word.ToLowerInvariant()));
    }

    /// <summary>"a patient relations director", "an accountant".</summary>
    public static string WithArticle(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return (noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    /// <summary>"a, b and c", or with <paramref name="serialComma"/> "a, b, and c"; "or" instead of "and" on request.</summary>
    public static string JoinList(IReadOnlyList<string> items, bool serialComma = false, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => $"{items[0]} {conjunction} {items[1]}",
            _ => string.Join(", ", items.Take(items.Count - 1)) + (serialComma ? "," : string.Empty) + $" {conjunction} " + items[^1],
        };
    }

    /// <summary>
    /// What a visitor typed, made safe to quote back in a message: control and formatting characters (NUL,
    /// right-to-left overrides and the like, which could hide or reorder the words around them) are dropped and
    /// anything past <paramref name="maxLength"/> characters is cut to "…". HTML encoding is still the view's job.
    /// </summary>
    public static string Echo(string text, int maxLength = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = new string(text.Where(c => char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.Format)).ToArray());
        return visible.Length <= maxLength ? visible : visible[..maxLength] + "…";
    }
}
