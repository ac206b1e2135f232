using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerCompare.Web.Data.Import;

/// <summary>
/// Inserts many rows of one entity with a single prepared statement inside the current transaction. The table,
/// columns and value conversions come from the EF model, so the mapping lives in one place; it only exists
/// because change tracking 100,000 rows took most of the import's time (see bench/RESULTS.md).
/// </summary>
internal static class BulkInsert
{
    public static void Insert<T>(CareerCompareDbContext db, IEnumerable<T> rows)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");

        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{entity.GetTableName()}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) "
            + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        var parameters = properties.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var getters = properties.Select(Getter).ToArray();

        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = getters[i](row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private static Func<object, object?> Getter(IProperty property)
    {
        var info = property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR property.");
        var converter = property.GetTypeMapping().Converter;
        return converter is null
            ? info.GetValue
            : row => info.GetValue(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
