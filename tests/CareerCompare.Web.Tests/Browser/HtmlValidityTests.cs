using System.Diagnostics;
using System.Text.Json;
using CareerCompare.Web.Tests.Infrastructure;

namespace CareerCompare.Web.Tests.Browser;

/// <summary>Every page type passes html-validate 10 (its "recommended" rules, the strictest preset) with no error.</summary>
public sealed class HtmlValidityTests(CareerCompareFactory factory) : IClassFixture<CareerCompareFactory>
{
    private static readonly string ProjectDirectory = Path.Combine(BrowserFixture.RepositoryRoot, "tests", "CareerCompare.Web.Tests");

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        var client = factory.CreateClient();
        var folder = Directory.CreateDirectory(Path.Combine(factory.WorkDirectory, "html")).FullName;
        var files = new List<string>();
        foreach (var page in SitePages.All)
        {
            var (name, path, status) = ((string)page[0], (string)page[1], (int)page[2]);
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(status, (int)response.StatusCode);
            var file = Path.Combine(folder, name + ".html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var report = await ValidateAsync(files);

        var errors = report.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray()
                .Select(m => (File: Path.GetFileName(file.GetProperty("filePath").GetString()), Message: m)))
            .Where(x => x.Message.GetProperty("severity").GetInt32() == 2)
            .Select(x => $"{x.File}:{x.Message.GetProperty("line")}:{x.Message.GetProperty("column")} {x.Message.GetProperty("ruleId")}: {x.Message.GetProperty("message")}")
            .ToList();
        Assert.True(errors.Count == 0, $"html-validate found {errors.Count} errors:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public async Task The_validator_really_reports_errors()
    {
        var file = Path.Combine(factory.WorkDirectory, "broken.html");
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>bad nesting</p></body></html>");

        var report = await ValidateAsync([file]);

        Assert.True(report[0].GetProperty("errorCount").GetInt32() > 0);
    }

    /// <summary>Runs html-validate (installed by the test project's build from package-lock.json) and returns its JSON report.</summary>
    private static async Task<JsonElement> ValidateAsync(IReadOnlyList<string> files)
    {
        var cli = Path.Combine(ProjectDirectory, "node_modules", "html-validate", "bin", "html-validate.mjs");
        Assert.True(File.Exists(cli), $"{cli} is missing: build the test project (it runs 'npm ci') or run 'npm ci' in {ProjectDirectory}.");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The report goes to a file: node cuts long output to a pipe short when the validator exits.
        var reportFile = Path.Combine(Path.GetTempPath(), $"html-validate-{Guid.NewGuid():N}.json");
        foreach (var argument in new[] { cli, "--config", Path.Combine(ProjectDirectory, ".htmlvalidate.json"), "--formatter", "json=" + reportFile }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(File.Exists(reportFile), $"html-validate wrote no report (exit {process.ExitCode}): {await error}{await output}");
        var json = await File.ReadAllTextAsync(reportFile);
        File.Delete(reportFile);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
