using System.Diagnostics;
using DuckDB.NET.Data;

// What DuckDB's own settings do to a bare CSV ingest (the baseline of `ingest`): the same generated 1 M-row file
// loaded into a new database file and checkpointed, once per setting, in rounds; medians and the file's size.
// Also the parts: the sniffer alone, parsing alone, parsing into memory, and the column profile's distinct counts.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- ingest-settings [rows=1000000] [rounds=5]
public static class IngestSettingsBenchmark
{
    private const string Types = "columns={'id':'BIGINT','category':'VARCHAR','amount':'DOUBLE','quantity':'BIGINT','created':'DATE','flag':'BOOLEAN'}, header=true, auto_detect=false";
    private const string Load = "create table t as select * from read_csv('{csv}'); checkpoint;";

    private static readonly (string Name, string Sql)[] Variants =
    [
        ("defaults", Load),
        ("preserve_insertion_order = false (rows come out shuffled)", "set preserve_insertion_order = false; " + Load),
        ("threads = 1", "set threads = 1; " + Load),
        ("threads = 4", "set threads = 4; " + Load),
        ("no compression", "set force_compression = 'uncompressed'; " + Load),
        ("no fsst, alp, chimp, patas", "set disabled_compression_methods = 'fsst,alp,alprd,chimp,patas'; " + Load),
        ("staged in an in-memory table, then copied", "create temp table s as select * from read_csv('{csv}'); create table t as select * from s; drop table s; checkpoint;"),
        ("COPY FROM into an empty table", "create table t as select * from read_csv('{csv}') limit 0; copy t from '{csv}'; checkpoint;"),
        ("types given (no sniffing)", "create table t as select * from read_csv('{csv}', " + Types + "); checkpoint;"),
        ("part: the sniffer alone", "select * from sniff_csv('{csv}');"),
        ("part: parse only (count)", "select count(*) from read_csv('{csv}');"),
        ("part: parse into memory", "create temp table t as select * from read_csv('{csv}');"),
    ];

    public static Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 5;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var csv = IngestBenchmark.Generate(Path.Combine(folder, $"ingest-{rows}.csv"), rows);
        Console.WriteLine($"file: {rows:N0} rows, {new FileInfo(csv).Length / 1048576.0:F1} MiB; one warm-up, then {rounds} rounds per setting");
        foreach (var (name, sql) in Variants)
        {
            var times = new List<double>();
            long size = 0;
            for (var round = 0; round <= rounds; round++)
            {
                var path = Path.Combine(folder, $"settings-{Guid.NewGuid():N}.duckdb");
                var watch = Stopwatch.StartNew();
                using (var connection = new DuckDBConnection($"Data Source={path}"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = sql.Replace("{csv}", csv);
                    command.ExecuteNonQuery();
                }
                if (round > 0) times.Add(watch.Elapsed.TotalMilliseconds);
                size = File.Exists(path) ? new FileInfo(path).Length : 0;
                File.Delete(path);
                File.Delete(path + ".wal");
            }
            Console.WriteLine($"{name,-58} median {Percentiles.Of(times, 0.5),6:F0} ms  [{string.Join(", ", times.Select(t => t.ToString("F0")))}]{(size > 1 << 20 ? $"  file {size / 1048576.0:F1} MiB" : "")}");
        }
        Profile(csv, folder, rounds);
        return Task.FromResult(0);
    }

    /// <summary>The profile's one pass with HyperLogLog on every column, against exact counts where the values are few.</summary>
    private static void Profile(string csv, string folder, int rounds)
    {
        var path = Path.Combine(folder, $"settings-{Guid.NewGuid():N}.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Load.Replace("{csv}", csv);
            command.ExecuteNonQuery();
            string[] columns = ["id", "category", "amount", "quantity", "created", "flag"];
            string Pass(Func<string, string> distinct) => "select " + string.Join(", ", columns.Select(c => $"count({c}), {distinct(c)}, cast(min({c}) as varchar), cast(max({c}) as varchar)")) + " from t";
            foreach (var (name, sql) in new[]
            {
                ("profile: approx_count_distinct on every column", Pass(c => $"approx_count_distinct({c})")),
                ("profile: exact count(distinct) on the 4 columns of few values", Pass(c => c is "id" or "amount" ? $"approx_count_distinct({c})" : $"count(distinct {c})")),
                ("profile: no distinct counts", "select " + string.Join(", ", columns.Select(c => $"count({c}), cast(min({c}) as varchar), cast(max({c}) as varchar)")) + " from t"),
            })
            {
                var times = new List<double>();
                for (var round = 0; round <= rounds; round++)
                {
                    var watch = Stopwatch.StartNew();
                    command.CommandText = sql;
                    using (var reader = command.ExecuteReader()) reader.Read();
                    if (round > 0) times.Add(watch.Elapsed.TotalMilliseconds);
                }
                Console.WriteLine($"{name,-58} median {Percentiles.Of(times, 0.5),6:F1} ms");
            }
        }
        File.Delete(path);
    }
}
