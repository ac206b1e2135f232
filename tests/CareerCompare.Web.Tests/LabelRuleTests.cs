using System.Text.RegularExpressions;

namespace CareerCompare.Web.Tests;

/// <summary>
/// No year is typed into a label or a note: it comes from the figure's source (Data/Import/OfficialFiles and
/// OfficialSources), so that the next release changes one line. Read in the site's own source files: its views, and
/// the text in its C# code outside the import, where the years are defined.
/// </summary>
public sealed partial class LabelRuleTests
{
    private static readonly string Site = Path.Combine(RepositoryRoot(), "src", "CareerCompare.Web");

    [Fact]
    public void Views_HoldNoTypedYear()
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Site, "Views"), "*.cshtml", SearchOption.AllDirectories))
        {
            var text = RazorComment().Replace(File.ReadAllText(file), string.Empty);
            // The classification's names are names, not vintages: "SOC code (2018)", "SOC 2010 and 2018 combined".
            text = ClassificationName().Replace(text, string.Empty);
            hits.AddRange(Year().Matches(text).Select(m => $"{Relative(file)}: …{Around(text, m.Index)}…"));
        }

        Assert.True(hits.Count == 0, $"{hits.Count} years typed into views:\n{string.Join("\n", hits)}");
    }

    [Fact]
    public void Code_TextOutsideTheImport_NamesNoMayOfAYear()
    {
        var hits = Literals(Directory.EnumerateFiles(Site, "*.cs", SearchOption.AllDirectories).Where(Scanned))
            .Where(l => MayOfAYear().IsMatch(l.Text)).Select(l => $"{l.File}: {l.Text}").ToList();

        Assert.True(hits.Count == 0, $"{hits.Count} texts name a “May” year by hand:\n{string.Join("\n", hits)}");
    }

    [Theory]
    [InlineData("Services/FigureCatalogue.cs")]
    [InlineData("Services/ComparisonService.cs")]
    [InlineData("Services/ShortAnswerBuilder.cs")]
    [InlineData("Services/StatePayBuilder.cs")]
    [InlineData("Services/ComparisonPage.cs")]
    [InlineData("Services/ComparisonRows.cs")]
    [InlineData("Services/ListFigures.cs")]
    [InlineData("Models/FinderFilters.cs")]
    [InlineData("Formatting/SourceNotes.cs")]
    [InlineData("Formatting/PublisherPages.cs")]
    [InlineData("Sections")]
    public void LabelsAndNotes_HoldNoTypedYear(string file)
    {
        // A folder is read file by file: every section's labels, rows and answers.
        var path = Path.Combine(Site, file);
        var hits = Literals(Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.cs") : [path])
            .Where(l => Year().IsMatch(l.Text)).Select(l => l.Text).ToList();

        Assert.True(hits.Count == 0, $"{file}: {hits.Count} labels or notes with a typed year:\n{string.Join("\n", hits)}");
    }

    /// <summary>The site's C# files whose text reaches visitors: not the import (where the years are defined), not migrations.</summary>
    private static bool Scanned(string path)
    {
        var relative = Relative(path);
        return !relative.StartsWith("Data/Import/", StringComparison.Ordinal) && !relative.StartsWith("Data/Migrations/", StringComparison.Ordinal)
            && !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    /// <summary>The string literals of C# files, comments left out (a line that is a comment, or the part after "//" outside a string).</summary>
    private static IEnumerable<(string File, string Text)> Literals(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('*') || code.StartsWith("/*", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(code))
                {
                    yield return (Relative(file), literal.Value);
                }
            }
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Site, path).Replace('\\', '/');

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 40), Math.Min(text.Length, index + 44) - Math.Max(0, index - 40)).ReplaceLineEndings(" ");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CareerCompare.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No CareerCompare.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"SOC code \(\d{4}\)|SOC \d{4} and \d{4} combined")]
    private static partial Regex ClassificationName();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"May (?:19|20)\d{2}\b")]
    private static partial Regex MayOfAYear();

    // A regular, interpolated or verbatim string literal on one line.
    [GeneratedRegex(@"\$?@?\$?""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
