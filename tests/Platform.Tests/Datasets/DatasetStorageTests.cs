using DuckDB.NET.Data;
using Platform.Features.Datasets;

namespace Platform.Tests.Datasets;

/// <summary>Readers of a dataset file reach that file only, and several read it at once.</summary>
public sealed class DatasetStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataset-storage-").FullName;
    private readonly string _file;

    public DatasetStorageTests()
    {
        _file = Path.Combine(_folder, "data.duckdb");
        using var connection = new DuckDBConnection($"Data Source={_file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "create table \"t\" as select range as n from range(1000)";
        command.ExecuteNonQuery();
        File.WriteAllText(Path.Combine(_folder, "secret.csv"), "a\n1\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_reader_reads_the_dataset_by_its_table_name()
    {
        using var connection = DatasetStorage.OpenReadOnly(_file);
        Assert.Equal(499500L, Convert.ToInt64(Scalar(connection, "select sum(n)::bigint from \"t\"")));
    }

    [Theory]
    [InlineData("select * from read_csv('{folder}/secret.csv')")]
    [InlineData("copy (select 1) to '{folder}/out.csv'")]
    [InlineData("attach '{folder}/other.duckdb' as other")]
    [InlineData("set enable_external_access = true")]
    [InlineData("insert into \"t\" values (1)")]
    public void A_reader_reaches_nothing_but_the_dataset(string sql)
    {
        using var connection = DatasetStorage.OpenReadOnly(_file);
        Assert.ThrowsAny<DuckDBException>(() => Scalar(connection, sql.Replace("{folder}", _folder)));
        Assert.False(File.Exists(Path.Combine(_folder, "out.csv")));
        Assert.False(File.Exists(Path.Combine(_folder, "other.duckdb")));
    }

    [Fact]
    public async Task Readers_and_an_export_of_one_file_run_at_once()
    {
        var target = Path.Combine(_folder, "export.csv");
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using var connection = DatasetStorage.OpenReadOnly(_file);
            return Convert.ToInt64(Scalar(connection, "select count(*) from \"t\""));
        })).ToList();
        var export = Task.Run(() => DatasetStorage.Export(_file, "t", target, "format csv, header true"));
        var counts = await Task.WhenAll(readers);
        await export;
        Assert.All(counts, c => Assert.Equal(1000L, c));
        Assert.Equal(1001, File.ReadAllLines(target).Length);
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
