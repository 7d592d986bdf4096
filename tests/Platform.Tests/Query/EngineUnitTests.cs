using Platform.Features.Datasets;
using Platform.Features.Query;
using Platform.Features.Query.Language;

namespace Platform.Tests.Query;

/// <summary>The SQL guard and the built-in engine on their own, without HTTP or stored data.</summary>
public sealed class EngineUnitTests
{
    private static readonly SqlGuard Guard = new();

    private static LanguageColumn Column(string name, string type, ColumnKind kind, long distinct = 100, params string[] values) =>
        new(name, type, kind, Words.Aliases(name), values.ToDictionary(v => v.ToLowerInvariant()), new ColumnProfile(0, distinct, null, null, null));

    private static readonly LanguageTable Sales = new(Guid.NewGuid(), "sales", "sales_1a2b3c4d", 1000, ["sale"],
    [
        Column("Region", "VARCHAR", ColumnKind.Text, 3, "North", "South", "East"),
        Column("Order date", "DATE", ColumnKind.Date),
        Column("Units sold", "BIGINT", ColumnKind.Number),
        Column("Price (€)", "DOUBLE", ColumnKind.Number),
    ]);

    /// <summary>
    /// Signs standing alone are words ("the @@ operator", "A > B"), a sign of comparison before a number says it in words,
    /// and the sentence's own stops, a lone dash, star, slash or ampersand are no words.
    /// </summary>
    [Theory]
    [InlineData("What does the @@ operator do?", "what does the @@ operator do")]
    [InlineData("the <-> operator between points", "the <-> operator between points")]
    [InlineData("Which selector has the syntax A > B?", "which selector has the syntax a > b")]
    [InlineData("cars with horsepower > 200", "cars with horsepower more than 200")]
    [InlineData("cars with horsepower >= 200", "cars with horsepower at least 200")]
    [InlineData("Is it? Yes - really, Food & Drink */15", "is it yes really food drink 15")]
    public void Signs_standing_alone_are_words(string question, string tokens) => Assert.Equal(tokens, string.Join(' ', Words.Tokens(question)));

    /// <summary>
    /// What a table's rows are is the noun its name ends with, before any "by"; two text columns holding mostly the same
    /// values are the two sides of each row.
    /// </summary>
    [Theory]
    [InlineData("debian-packages", "package")]
    [InlineData("country-by-continent", "country")]
    [InlineData("codec-aliases", "alias")]
    public void A_tables_rows_are_the_noun_its_name_ends_with(string name, string noun) =>
        Assert.Equal(noun, new LanguageTable(Guid.NewGuid(), name, "t_1a2b3c4d", 10, [], []).HeadNoun);

    [Fact]
    public void Two_text_columns_of_mostly_the_same_values_are_the_sides_of_each_row()
    {
        string[] types = ["integer", "bigint", "text", "boolean", "numeric"];
        var source = Column("source", "VARCHAR", ColumnKind.Text, 5, types);
        var target = Column("target", "VARCHAR", ColumnKind.Text, 5, [.. types[..4], "xml"]);
        var context = Column("context", "VARCHAR", ColumnKind.Text, 3, "implicit", "assignment", "explicit");
        Assert.Equal((source, target), new LanguageTable(Guid.NewGuid(), "casts", "casts_1a2b3c4d", 200, ["cast"], [source, target, context]).Sides);
        var other = Column("target", "VARCHAR", ColumnKind.Text, 5, "json", "xml", "money", "text", "date");
        Assert.Null(new LanguageTable(Guid.NewGuid(), "casts", "casts_1a2b3c4d", 200, ["cast"], [source, other, context]).Sides);
    }

    /// <summary>
    /// A column called number counts what each row stands for, unless it numbers the rows beside a name that tells every row
    /// apart: most numbers its own and the least of them 0 or 1 (a protocol's number, an error's), where counts start above 1.
    /// </summary>
    [Theory]
    [InlineData("0", 56, false)]
    [InlineData("1", 56, false)]
    [InlineData("5", 56, true)]
    [InlineData("0", 20, true)]
    public void A_column_called_number_counts_the_rows_unless_it_numbers_them(string least, long distinct, bool counts)
    {
        var number = new LanguageColumn("number", "BIGINT", ColumnKind.Number, Words.Aliases("number"), new Dictionary<string, string>(), new ColumnProfile(0, distinct, least, "262", null));
        var table = new LanguageTable(Guid.NewGuid(), "protocols", "protocols_1a2b3c4d", 57, ["protocol"],
            [new LanguageColumn("name", "VARCHAR", ColumnKind.Text, Words.Aliases("name"), new Dictionary<string, string>(), new ColumnProfile(0, 57, null, null, null)), number]);
        Assert.Equal(counts ? number : null, table.Frequency);
    }

    [Theory]
    [InlineData("select 1", true)]
    [InlineData("with a as (select 1) select * from a", true)]
    [InlineData("values (1), (2)", true)]
    [InlineData("from t", true)]
    [InlineData("select 1; select 2", false)]
    [InlineData("insert into t values (1)", false)]
    [InlineData("copy t to 'x.csv'", false)]
    [InlineData("pragma version", false)]
    [InlineData("selec 1", false)]
    public void The_guard_lets_through_exactly_one_query(string sql, bool allowed)
    {
        var check = () => Guard.Check(sql);
        if (allowed) check();
        else Assert.Throws<Platform.Features.Common.ProblemException>(check);
    }

    /// <summary>What the guard refuses because it describes the server (files, settings, attached databases) instead of the data.</summary>
    [Theory]
    [InlineData("select path from duckdb_databases()")]
    [InlineData("select * from duckdb_databases")]
    [InlineData("select * from duckdb_settings()")]
    [InlineData("select * from duckdb_temporary_files()")]
    [InlineData("select * from duckdb_extensions()")]
    [InlineData("select * from duckdb_secrets()")]
    [InlineData("select * from pragma_database_list")]
    [InlineData("select * from pragma_database_list()")]
    [InlineData("select * from sqlite_master")]
    [InlineData("select current_setting('temp_directory')")]
    [InlineData("select * from glob('.tmp/*')")]
    [InlineData("select * from read_blob('.tmp/duckdb_temp_storage-0.tmp')")]
    [InlineData("select * from read_text('.tmp/x')")]
    [InlineData("select * from read_csv('/etc/passwd')")]
    [InlineData("select * from query('select path from duckdb_databases()')")]
    [InlineData("select * from query_table('duckdb_databases')")]
    [InlineData("select * from t where name in (select path from duckdb_databases())")]
    [InlineData("with x as (select * from glob('/*')) select count(*) from x")]
    [InlineData("select upper(current_setting('home_directory'))")]
    public void The_guard_refuses_system_functions_that_reveal_the_server(string sql)
    {
        // Twice: a refusal is never remembered as an acceptance.
        foreach (var _ in new[] { 1, 2 })
        {
            var refused = Assert.Throws<Platform.Features.Common.ProblemException>(() => Guard.Check(sql));
            Assert.Contains("tells about the server", refused.Detail);
        }
    }

    [Theory]
    [InlineData("select * from read_me")]
    [InlineData("select query, glob_count from queries")]
    [InlineData("select count(*) from settings")]
    public void Datasets_and_columns_named_like_system_functions_are_fine(string sql) => Guard.Check(sql);

    [Fact]
    public void The_guards_normal_form_ignores_case_spacing_and_comments_but_not_meaning()
    {
        Assert.Equal(Guard.Check("select a from t where b = 1"), Guard.Check("SELECT a\n  FROM t -- note\n WHERE b=1;"));
        Assert.NotEqual(Guard.Check("select a from t where b = 1"), Guard.Check("select a from t where b = 2"));
        // Accepted texts are remembered: the second answer is the first's.
        Assert.Same(Guard.Check("select b from t"), Guard.Check("select b from t"));
    }

    [Theory]
    [InlineData("total units sold by region", "select \"Region\" as \"Region\", sum(\"Units sold\") as sum_units_sold from \"sales_1a2b3c4d\" group by 1 order by sum_units_sold desc, 1")]
    [InlineData("average price in the North in 2024", "select round(avg(\"Price (€)\"), 2) as avg_price from \"sales_1a2b3c4d\" where year(\"Order date\") = 2024 and \"Region\" = 'North'")]
    [InlineData("monthly units sold", "select date_trunc('month', \"Order date\") as month, sum(\"Units sold\") as sum_units_sold from \"sales_1a2b3c4d\" group by 1 order by 1")]
    [InlineData("Which region sold the most units?", "select \"Region\" as \"Region\", sum(\"Units sold\") as sum_units_sold from \"sales_1a2b3c4d\" group by 1 order by sum_units_sold desc, 1 limit 1")]
    [InlineData("units sold except South", "select \"Units sold\" from \"sales_1a2b3c4d\" where \"Region\" <> 'South'")]
    [InlineData("total units sold on 2024-03-05", "select sum(\"Units sold\") as sum_units_sold from \"sales_1a2b3c4d\" where cast(\"Order date\" as date) = '2024-03-05'")]
    [InlineData("How many sales had a negative price?", "select count(*) as count from \"sales_1a2b3c4d\" where \"Price (€)\" < 0")]
    public void Names_with_spaces_and_units_plurals_and_values_become_sql(string question, string sql)
    {
        var understanding = BuiltinEngine.Understand(question, [Sales]);

        Assert.True(understanding.Understood, understanding.Explanation);
        Assert.Equal(sql, understanding.Sql);
    }

    [Theory]
    [InlineData("average profit margin", "'profit', 'margin'")]
    [InlineData("units sold in Atlantis", "'Atlantis'")]
    public void Words_it_cannot_place_make_it_say_so(string question, string named)
    {
        var understanding = BuiltinEngine.Understand(question, [Sales]);

        Assert.False(understanding.Understood);
        Assert.Null(understanding.Sql);
        Assert.Contains(named, understanding.Explanation);
        Assert.NotEmpty(understanding.Suggestions);
    }

    [Theory]
    [InlineData("avrage price", "avg")]
    [InlineData("total unit sold", "sum")]
    public void Near_misses_and_singulars_still_link(string question, string aggregate)
    {
        var understanding = BuiltinEngine.Understand(question, [Sales]);

        Assert.True(understanding.Understood, understanding.Explanation);
        Assert.Contains($"{aggregate}(", understanding.Sql);
    }

    [Fact]
    public void WordNet_gives_the_attribute_an_adjective_measures_and_the_place_it_pertains_to()
    {
        var lexicon = Lexicon.Shared;
        Assert.True(lexicon.Available, "WordNet (wordnet-base) is installed by build/test");
        var heaviest = Senses.DegreeOf("heaviest", lexicon)!;
        Assert.Equal("weight", heaviest.Measures[0]);
        Assert.True(heaviest.High);
        Assert.False(Senses.DegreeOf("cheapest", lexicon)!.High);
        Assert.Contains("usa", Senses.PertainsTo("american", lexicon));
        Assert.Equal(["weight"], Senses.UnitOf("g", lexicon)!.Measures);
        Assert.Null(Senses.UnitOf("penguin", lexicon));
    }

    [Fact]
    public void Without_WordNet_the_lexicon_is_empty_and_words_stay_unknown()
    {
        var empty = Lexicon.Load(Path.Combine(Path.GetTempPath(), $"no-wordnet-{Guid.NewGuid():N}"));
        Assert.False(empty.Available);
        Assert.Empty(empty.Synsets("heavy", PartOfSpeech.Adjective));
        Assert.Null(Senses.DegreeOf("heaviest", empty));
    }

    [Fact]
    public void Country_names_are_other_ways_of_writing_codes_and_names_two_codes_share_are_left_out()
    {
        var names = CountryCodes.NamesOf(["GB", "VG", "VI", "US", "KR", "KP", "CD", "CG", "DE"], Lexicon.Shared);

        Assert.Equal("GB", names["uk"]);
        Assert.Equal("GB", names["united kingdom"]);
        Assert.Equal("US", names["united states"]);
        Assert.Equal("VI", names["us virgin islands"]);
        Assert.Equal("KR", names["south korea"]);
        Assert.Equal("KP", names["north korea"]);
        Assert.Equal("DE", names["germany"]);
        Assert.Equal("US", names["usa"]);
        Assert.False(names.ContainsKey("congo"));
        Assert.False(names.ContainsKey("korea"));
    }

    [Fact]
    public void Codes_of_us_states_are_not_taken_for_country_codes()
    {
        string[] states = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
            "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY"];

        Assert.False(CountryCodes.Holds(states, ["state"]));
        Assert.False(CountryCodes.Holds(["CA", "DE", "GA", "IN", "PA"], ["state"]));
        Assert.True(CountryCodes.Holds(["CA", "DE", "GA", "IN", "PA"], ["country"]));
    }

    [Theory]
    [InlineData(true, "H", "h", "H h", "h H", "H hB", "h hB", "hB H", "H h hB")]
    [InlineData(true, "1F469", "1F468", "1F469 200D 1F468", "1F468 200D 1F469", "1F469 1F3FB", "1F468 1F3FB", "1F3FB 200D 1F469", "1F469 200D 1F469")]
    [InlineData(false, "Aug 31 2005", "Mar 11 1976", "May 27 2005", "Aug 1 2005", "Mar 1 1976", "May 1 2005")]
    [InlineData(false, "Pepperoni Pizza Small", "Pepperoni Pizza Large", "Oxtail Pizza Small", "Oxtail Pizza Large", "Pizza", "Oxtail")]
    [InlineData(false, "New York", "York", "New Jersey", "Jersey", "New Mexico", "Mexico")]
    public void Lists_written_with_spaces_are_short_items_recombined(bool lists, params string[] values) =>
        Assert.Equal(lists, LanguageColumn.AreSpacedLists(values));
}
