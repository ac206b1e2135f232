using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerCompare.Web.Data.Configurations;

/// <summary>
/// A list stored as one JSON text column, written and read by System.Text.Json: members by name, enums by name, as
/// EF Core's own JSON mapping would write them. EF Core 10's complex collections (<c>ComplexCollection(…).ToJson()</c>)
/// made the profile and the comparison of four 1.4 and 1.7 times as expensive as the tables they replaced (their
/// reader builds delegates anew on every query), owned JSON collections about as cheap to read as this but three times
/// as slow to import (every element is tracked); this is the cheapest of the three on both counts (bench/RESULTS.md,
/// 2026-12-02). The columns can be queried in SQL with SQLite's json_each; LINQ does not look inside them.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Members computed from the stored ones (EducationShare.Figure) are not stored.
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Every <c>List&lt;T&gt;</c> property <paramref name="columns"/> declares becomes one JSON column of the entity.</summary>
    public static void ListsAsJsonColumns(this EntityTypeBuilder builder, Type columns)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(columns);
        var configure = typeof(JsonColumn).GetMethod(nameof(ListAsJsonColumn), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var list in columns.GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)))
        {
            configure.MakeGenericMethod(list.PropertyType.GetGenericArguments()[0]).Invoke(null, [builder, list.Name]);
        }
    }

    private static void ListAsJsonColumn<T>(EntityTypeBuilder builder, string name) => builder.Property<List<T>>(name).HasJsonConversion();

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion(
            list => JsonSerializer.Serialize(list, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                list => list.ToList()));
    }
}
