using System.Globalization;
using System.Text;

namespace CareerCompare.Web.Services;

/// <summary>
/// How search reads a title, another name for the job or what a visitor typed: lower-case words of letters and digits
/// (punctuation, apostrophes and accents dropped), each also reduced to a stem so that "nurse", "nurses" and
/// "nursing" meet while "nursery" stays apart.
/// </summary>
public static class SearchText
{
    /// <summary>"Sheriff's Patrol Officers" → ["sheriffs", "patrol", "officers"].</summary>
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // "Sheriff's" is one word; "é" is "e".
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }

    /// <summary>
    /// A light English stem: plural endings, a final "ing" and a final "e" go ("nurses", "nursing", "nurse" → "nurs";
    /// "secretaries" → "secretary"; "waitresses" → "waitress"). Short words are kept as they are, so "bus" and "aide"
    /// keep their meaning. Not Porter's algorithm: titles are short and a stronger stemmer joins words that differ
    /// ("account" and "accountant").
    /// </summary>
    public static string Stem(string word)
    {
        var w = Singular(word);
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        return w;
    }

    /// <summary>A word with its plural ending taken off: "nurses" → "nurse", "secretaries" → "secretary"; "bus", "glass" and "analysis" stay.</summary>
    public static string Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w;
    }

    /// <summary>What a name is, word for word, for telling whether two names are the same: "Registered Nurses" → "registered nurse".</summary>
    public static string Key(string text) => string.Join(' ', Words(text).Select(Singular));
}
