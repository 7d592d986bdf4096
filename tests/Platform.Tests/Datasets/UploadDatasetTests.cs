using System.Net;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Platform.Tests.Datasets;

public sealed class UploadDatasetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static Dictionary<string, JsonElement> Columns(JsonElement dataset) =>
        dataset.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);

    private static string Type(JsonElement dataset, string column) => Columns(dataset)[column].GetProperty("type").GetString()!;

    [Fact]
    public async Task Stocks_csv_becomes_a_typed_table_with_its_odd_dates_read_as_dates()
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("stocks", dataset.GetProperty("name").GetString());
        Assert.Matches("^stocks_[0-9a-f]{8}$", dataset.GetProperty("tableName").GetString());
        Assert.Equal("ready", dataset.GetProperty("status").GetString());
        Assert.Equal(560, dataset.GetProperty("rowCount").GetInt64()); // the file has 560 data rows (its README says 559)
        Assert.Equal("csv", dataset.GetProperty("format").GetString());
        Assert.Equal(["symbol", "date", "price"], dataset.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("DATE", Type(dataset, "date"));
        Assert.Equal("DOUBLE", Type(dataset, "price"));
        var date = Columns(dataset)["date"].GetProperty("profile");
        Assert.Equal("2000-01-01", date.GetProperty("min").GetString());
        Assert.Equal("2010-03-01", date.GetProperty("max").GetString());
        var symbols = Columns(dataset)["symbol"].GetProperty("profile").GetProperty("topValues").EnumerateArray().Select(v => v.GetProperty("value").GetString());
        Assert.Equal(["AAPL", "AMZN", "GOOG", "IBM", "MSFT"], symbols.Order());
    }

    [Fact]
    public async Task Airports_keep_codes_that_look_numeric_as_text()
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadSharedAsync("airports.csv")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(3376, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal("VARCHAR", Type(dataset, "iata"));
        Assert.Equal("DOUBLE", Type(dataset, "latitude"));
        // Distinct counts up to 10,000 are exact (the file's own counts), not HyperLogLog's estimate.
        Assert.Equal([3376, 3237, 2675, 57, 5, 3375], new[] { "iata", "name", "city", "state", "country", "latitude" }
            .Select(c => Columns(dataset)[c].GetProperty("profile").GetProperty("distinctCount").GetInt64()));
        var sample = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id()}/sample")).JsonAsync();
        Assert.Equal("00M", sample.GetProperty("rows")[0][0].GetString());
    }

    [Fact]
    public async Task Dates_written_with_a_time_of_day_become_timestamps_and_mixed_text_stays_text()
    {
        var owner = await Person.RegisterAsync(factory);
        const string content = """[{"date":"2001/01/14 21:55","note":"2001/01/14 21:55"},{"date":"2001/03/31 06:05","note":"soon"}]""";

        var dataset = await (await owner.Client.UploadAsync("flights.json", content)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("TIMESTAMP", Type(dataset, "date"));
        Assert.Equal("VARCHAR", Type(dataset, "note"));
        var date = Columns(dataset)["date"].GetProperty("profile");
        Assert.StartsWith("2001-01-14 21:55", date.GetProperty("min").GetString());
        Assert.StartsWith("2001-03-31 06:05", date.GetProperty("max").GetString());
    }

    [Fact]
    public async Task Json_numbers_written_as_text_become_numbers_but_codes_with_leading_zeros_stay_text()
    {
        var owner = await Person.RegisterAsync(factory);
        const string content = """[{"year":"1565","price":"41.5","zip":"02134","label":"7"},{"year":"1570","price":"45","zip":"10001","label":"n/a"}]""";

        var dataset = await (await owner.Client.UploadAsync("prices.json", content)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("BIGINT", Type(dataset, "year"));
        Assert.Equal("DOUBLE", Type(dataset, "price"));
        Assert.Equal("VARCHAR", Type(dataset, "zip"));
        Assert.Equal("VARCHAR", Type(dataset, "label"));
        var sample = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id()}/sample")).JsonAsync();
        Assert.Equal("02134", sample.GetProperty("rows")[0][2].GetString());
    }

    [Fact]
    public async Task Json_values_of_mixed_kinds_become_text_and_lists_stay_lists()
    {
        var owner = await Person.RegisterAsync(factory);
        const string content = """[{"version":"4.2.0","lts":"Argon","tags":["a","b"]},{"version":"5.0.0","lts":false,"tags":["c"]},{"version":"6.0.0","lts":null,"tags":[]}]""";

        var dataset = await (await owner.Client.UploadAsync("releases.json", content)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("VARCHAR", Type(dataset, "lts"));
        Assert.NotEqual("VARCHAR", Type(dataset, "tags"));
        var sample = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id()}/sample")).JsonAsync();
        Assert.Equal("Argon", sample.GetProperty("rows")[0][1].GetString());
        Assert.Equal("false", sample.GetProperty("rows")[1][1].GetString());
    }

    [Fact]
    public async Task Csv_numbers_with_spaces_around_them_or_no_leading_zero_become_numbers()
    {
        var owner = await Person.RegisterAsync(factory);
        const string content = "duration,iprod,code\n7, .01138, 0042\n9,-.005 ,17\n";

        var dataset = await (await owner.Client.UploadAsync("strikes.csv", content)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("DOUBLE", Type(dataset, "iprod"));
        Assert.Equal("VARCHAR", Type(dataset, "code"));
        var sample = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id()}/sample")).JsonAsync();
        Assert.Equal(0.01138, sample.GetProperty("rows")[0][1].GetDouble());
        Assert.Equal(-0.005, sample.GetProperty("rows")[1][1].GetDouble());
    }

    [Theory]
    [InlineData("Jan-1-1995", "Feb-1-1995")]
    [InlineData("01-Jan-1995", "01-Feb-1995")]
    public async Task Months_written_with_dashes_become_dates(string first, string second)
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadAsync("index.csv", $"DATE,value\n{first},66.19\n{second},65.15\n")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("DATE", Type(dataset, "DATE"));
        Assert.Equal("1995-02-01", Columns(dataset)["DATE"].GetProperty("profile").GetProperty("max").GetString());
    }

    [Theory]
    [InlineData("1974Q1", "1987Q3")]
    [InlineData("1974-Q1", "1987 q3")]
    public async Task Quarters_become_the_date_they_begin_on_and_other_text_stays_text(string first, string last)
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadAsync("danish.csv", $"period,label,lrm\n{first},1974Q1,11.6\n{last},Q5,12.0\n")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("DATE", Type(dataset, "period"));
        Assert.Equal("VARCHAR", Type(dataset, "label"));
        var period = Columns(dataset)["period"].GetProperty("profile");
        Assert.Equal("1974-01-01", period.GetProperty("min").GetString());
        Assert.Equal("1987-07-01", period.GetProperty("max").GetString());
    }

    [Fact]
    public async Task Dates_written_as_numbers_in_a_date_column_become_dates_and_other_numbers_stay_numbers()
    {
        var owner = await Person.RegisterAsync(factory);
        const string content = "date,co2,id,end_date\n19580329,316.1,19580329,19581301\n19580405,,20000101,20000101\n";

        var dataset = await (await owner.Client.UploadAsync("co2.csv", content)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("DATE", Type(dataset, "date"));
        Assert.Equal("BIGINT", Type(dataset, "id"));
        Assert.Equal("BIGINT", Type(dataset, "end_date"));
        Assert.StartsWith("1958-03-29", Columns(dataset)["date"].GetProperty("profile").GetProperty("min").GetString());
    }

    [Theory]
    [InlineData("weather.csv", 2922, "date", "DATE")]
    [InlineData("iowa-electricity.csv", 51, "year", "DATE")]
    [InlineData("us-employment.csv", 120, "month", "DATE")]
    [InlineData("gapminder.json", 682, "pop", "BIGINT")]
    public async Task The_shared_sample_files_ingest_with_real_types(string file, long rows, string column, string type)
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadSharedAsync(file)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(rows, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal(type, Type(dataset, column));
    }

    [Fact]
    public async Task Column_names_are_kept_as_written_and_profiles_count_nulls()
    {
        var owner = await Person.RegisterAsync(factory);
        const string csv = "Region,Revenue (€),Unit price,Shipped\nNorth,1200.50,3.2,true\nSouth,,4.1,false\nNorth,980.25,,true\n";

        var dataset = await (await owner.Client.UploadAsync("sales.csv", csv, name: "Q3 sales (€)")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("Q3 sales (€)", dataset.GetProperty("name").GetString());
        Assert.Matches("^q3_sales_[0-9a-f]{8}$", dataset.GetProperty("tableName").GetString());
        var revenue = Columns(dataset)["Revenue (€)"];
        Assert.True(revenue.GetProperty("nullable").GetBoolean());
        Assert.Equal(1, revenue.GetProperty("profile").GetProperty("nullCount").GetInt64());
        Assert.Equal("BOOLEAN", Type(dataset, "Shipped"));
        Assert.False(Columns(dataset)["Region"].GetProperty("nullable").GetBoolean());
    }

    [Theory]
    [InlineData("data.tsv", "city\tpeople\nOslo\t700000\nBergen\t285000\n")]
    [InlineData("data.csv", "city;people\nOslo;700000\nBergen;285000\n")]
    [InlineData("data.txt", "\"city\",\"people\"\n\"Oslo, Norway\",700000\nBergen,285000\n")]
    [InlineData("data.json", "{\"city\":\"Oslo\",\"people\":700000}\n{\"city\":\"Bergen\",\"people\":285000}\n")]
    [InlineData("data.bin", "[{\"city\":\"Oslo\",\"people\":700000},{\"city\":\"Bergen\",\"people\":285000}]")]
    public async Task Delimiters_quoting_and_json_shapes_are_detected_from_the_content(string file, string content)
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadAsync(file, content)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal(["city", "people"], dataset.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("BIGINT", Type(dataset, "people"));
    }

    [Fact]
    public async Task Parquet_is_read_as_parquet()
    {
        var owner = await Person.RegisterAsync(factory);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.parquet");
        using (var duck = new DuckDBConnection("Data Source=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $"copy (select range as n, range * 1.5 as half, 'row ' || range as label from range(1000)) to '{path}' (format parquet)";
            command.ExecuteNonQuery();
        }

        var dataset = await (await owner.Client.UploadAsync("numbers.parquet", await File.ReadAllBytesAsync(path))).JsonAsync(HttpStatusCode.Created);
        File.Delete(path);

        Assert.Equal("parquet", dataset.GetProperty("format").GetString());
        Assert.Equal(1000, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal("999", Columns(dataset)["n"].GetProperty("profile").GetProperty("max").GetString());
    }

    [Theory]
    [InlineData("utf-16le.csv", "utf-16")]
    [InlineData("utf-16be.tsv", "utf-16BE")]
    [InlineData("utf-32.json", "utf-32")]
    public async Task Unicode_text_with_a_byte_order_mark_is_read_in_its_encoding(string fileName, string encodingName)
    {
        var owner = await Person.RegisterAsync(factory);
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        var text = fileName.EndsWith(".json") ? """[{"city": "Zürich", "people": 400000}, {"city": "Kraków", "people": 800000}]"""
            : fileName.EndsWith(".tsv") ? "city\tpeople\nZürich\t400000\nKraków\t800000\n" : "city,people\nZürich,400000\nKraków,800000\n";

        var dataset = await (await owner.Client.UploadAsync(fileName, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)])).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal("BIGINT", Type(dataset, "people"));
        var rows = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id()}/rows")).JsonAsync();
        Assert.Equal(["Zürich", "Kraków"], rows.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()));
    }

    [Fact]
    public async Task A_file_whose_first_line_is_numbers_has_no_header_and_keeps_that_line_as_data()
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadAsync("readings.csv", "1,2.5,2020-01-01\n2,3.5,2020-01-02\n3,4,2020-01-03\n")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(3, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal(["column1", "column2", "column3"], dataset.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("BIGINT", Type(dataset, "column1"));
        Assert.Equal("DOUBLE", Type(dataset, "column2"));
        Assert.Equal("DATE", Type(dataset, "column3"));
    }
}
