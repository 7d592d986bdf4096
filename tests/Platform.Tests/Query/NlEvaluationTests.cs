using Xunit.Abstractions;

namespace Platform.Tests.Query;

/// <summary>
/// The built-in engine's execution accuracy (scored by <see cref="NlScoring"/>) on questions over the six sample
/// datasets it was built beside. Wrong answers are never accepted.
/// </summary>
public sealed class NlEvaluationTests(SampleDatasets samples, ITestOutputHelper output) : IClassFixture<SampleDatasets>
{
    public static readonly (string Dataset, string Question, string? Sql)[] Questions =
    [
        ("stocks", "How many rows are in stocks?", "select count(*) from {t}"),
        ("stocks", "What is the average price?", "select round(avg(price), 2) from {t}"),
        ("stocks", "Average price by symbol", "select symbol, round(avg(price), 2) from {t} group by symbol"),
        ("stocks", "What is the highest price of AAPL?", "select max(price) from {t} where symbol = 'AAPL'"),
        ("stocks", "Which symbol has the highest price?", "select symbol, max(price) from {t} group by symbol order by 2 desc, 1 limit 1"),
        ("stocks", "average price of MSFT in 2005", "select round(avg(price), 2) from {t} where symbol = 'MSFT' and year(date) = 2005"),
        ("stocks", "How many months had a price above 100 for IBM", "select count(*) from {t} where symbol = 'IBM' and price > 100"),
        ("stocks", "average price per year for GOOG", "select year(date), round(avg(price), 2) from {t} where symbol = 'GOOG' group by 1"),
        ("stocks", "lowest price of AMZN", "select min(price) from {t} where symbol = 'AMZN'"),
        ("stocks", "How many distinct symbols are there?", "select count(distinct symbol) from {t}"),
        ("stocks", "List the different symbols", "select distinct symbol from {t}"),
        ("stocks", "When was the highest price of AAPL?", "select date, price from {t} where symbol = 'AAPL' order by price desc limit 1"),
        ("stocks", "median price by symbol", "select symbol, median(price) from {t} group by symbol"),
        ("stocks", "number of rows per symbol", "select symbol, count(*) from {t} group by symbol"),
        ("stocks", "average price of AAPL and MSFT by symbol", "select symbol, round(avg(price), 2) from {t} where symbol in ('AAPL', 'MSFT') group by symbol"),
        ("stocks", "total price of IBM since 2009", "select sum(price) from {t} where symbol = 'IBM' and year(date) >= 2009"),
        ("stocks", "top 3 symbols by average price", "select symbol, round(avg(price), 2) from {t} group by symbol order by 2 desc, 1 limit 3"),
        ("stocks", "average stock price of apple", null),

        ("weather", "How many days had rain in Seattle?", "select count(*) from {t} where weather = 'rain' and location = 'Seattle'"),
        ("weather", "Average maximum temperature by location", "select location, round(avg(temp_max), 2) from {t} group by location"),
        ("weather", "total precipitation per year in Seattle", "select year(date), sum(precipitation) from {t} where location = 'Seattle' group by 1"),
        ("weather", "What is the highest wind in New York?", "select max(wind) from {t} where location = 'New York'"),
        ("weather", "How many days with temp_max above 30?", "select count(*) from {t} where temp_max > 30"),
        ("weather", "Which weather has the most rows?", "select weather, count(*) from {t} group by weather order by 2 desc, 1 limit 1"),
        ("weather", "Number of days per weather in Seattle", "select weather, count(*) from {t} where location = 'Seattle' group by weather"),
        ("weather", "lowest minimum temperature in 2013", "select min(temp_min) from {t} where year(date) = 2013"),
        ("weather", "average wind per month in 2014 in New York", "select date_trunc('month', date), round(avg(wind), 2) from {t} where year(date) = 2014 and location = 'New York' group by 1"),
        ("weather", "share of days per weather", "select weather, count(*), round(100.0 * count(*) / sum(count(*)) over (), 2) from {t} group by weather"),
        ("weather", "total precipitation in Seattle in March 2012", "select sum(precipitation) from {t} where location = 'Seattle' and year(date) = 2012 and month(date) = 3"),
        ("weather", "average temp_min for snow days", "select round(avg(temp_min), 2) from {t} where weather = 'snow'"),
        ("weather", "maximum precipitation by location and year", "select location, year(date), max(precipitation) from {t} group by 1, 2"),
        ("weather", "how many days of fog in New York before 2014", "select count(*) from {t} where weather = 'fog' and location = 'New York' and year(date) < 2014"),
        ("weather", "average humidity in Seattle", null),

        ("gapminder", "population of Japan in 2000", "select pop from {t} where country = 'Japan' and year = 2000"),
        ("gapminder", "average life expectancy in 2005", "select round(avg(life_expect), 2) from {t} where year = 2005"),
        ("gapminder", "top 5 countries by population in 2005", "select country, sum(pop) from {t} where year = 2005 group by country order by 2 desc, 1 limit 5"),
        ("gapminder", "Which country had the highest life expectancy in 1955?", "select country, max(life_expect) from {t} where year = 1955 group by country order by 2 desc, 1 limit 1"),
        ("gapminder", "total population per year", "select year, sum(pop) from {t} group by year"),
        ("gapminder", "How many countries are there?", "select count(distinct country) from {t}"),
        ("gapminder", "average fertility by cluster", "select cluster, round(avg(fertility), 2) from {t} group by cluster"),
        ("gapminder", "life expectancy of China in 2000", "select life_expect from {t} where country = 'China' and year = 2000"),
        ("gapminder", "fertility of India before 1970", "select fertility from {t} where country = 'India' and year < 1970"),
        ("gapminder", "Which 3 countries had the lowest fertility in 2005?", "select country, min(fertility) from {t} where year = 2005 group by country order by 2 asc, 1 limit 3"),
        ("gapminder", "average population in cluster 0 in 2005", "select round(avg(pop), 2) from {t} where cluster = 0 and year = 2005"),
        ("gapminder", "life expectancy by year for Afghanistan", "select year, round(avg(life_expect), 2) from {t} where country = 'Afghanistan' group by year"),
        ("gapminder", "countries with life expectancy above 80 in 2005", "select country, life_expect from {t} where life_expect > 80 and year = 2005"),
        ("gapminder", "What is the GDP of France?", null),

        ("airports", "How many airports are there?", "select count(*) from {t}"),
        ("airports", "How many airports in TX?", "select count(*) from {t} where state = 'TX'"),
        ("airports", "Which state has the most airports?", "select state, count(*) from {t} group by state order by 2 desc, 1 limit 1"),
        ("airports", "top 5 states by number of airports", "select state, count(*) from {t} group by state order by 2 desc, 1 limit 5"),
        ("airports", "airports per country", "select country, count(*) from {t} group by country"),
        ("airports", "How many distinct cities are in CA?", "select count(distinct city) from {t} where state = 'CA'"),
        ("airports", "average latitude by state", "select state, round(avg(latitude), 2) from {t} group by state"),
        ("airports", "list the airports in Bay Springs", "select name from {t} where city = 'Bay Springs'"),
        ("airports", "How many passengers flew from TX?", null),

        ("iowa-electricity", "Total net generation by source", "select source, sum(net_generation) from {t} group by source"),
        ("iowa-electricity", "Which source has the most net generation?", "select source, sum(net_generation) from {t} group by source order by 2 desc, 1 limit 1"),
        ("iowa-electricity", "net generation of Renewables per year", "select year, sum(net_generation) from {t} where source = 'Renewables' group by year"),
        ("iowa-electricity", "share of net generation by source in 2010", "select source, sum(net_generation), round(100.0 * sum(net_generation) / sum(sum(net_generation)) over (), 2) from {t} where year(year) = 2010 group by source"),
        ("iowa-electricity", "average net generation of Fossil Fuels", "select round(avg(net_generation), 2) from {t} where source = 'Fossil Fuels'"),
        ("iowa-electricity", "what is the carbon intensity of Iowa?", null),

        ("us-employment", "average nonfarm employment in 2010", "select round(avg(nonfarm), 2) from {t} where year(month) = 2010"),
        ("us-employment", "total construction per year", "select year(month), sum(construction) from {t} group by 1"),
        ("us-employment", "highest manufacturing", "select max(manufacturing) from {t}"),
        ("us-employment", "When was manufacturing lowest?", "select month, manufacturing from {t} order by manufacturing asc limit 1"),
        ("us-employment", "average government by year", "select year(month), round(avg(government), 2) from {t} group by 1"),
        ("us-employment", "maximum nonfarm change", "select max(nonfarm_change) from {t}"),
        ("us-employment", "How many months had nonfarm change below 0?", "select count(*) from {t} where nonfarm_change < 0"),
        ("us-employment", "total retail trade in 2008", "select sum(retail_trade) from {t} where year(month) = 2008"),
        ("us-employment", "How many employees does Google have?", null),

        ("stocks", "mean price for each symbol in 2008", "select symbol, round(avg(price), 2) from {t} where year(date) = 2008 group by symbol"),
        ("stocks", "What was the maximum price of GOOG between 2005 and 2007?", "select max(price) from {t} where symbol = 'GOOG' and year(date) between 2005 and 2007"),
        ("weather", "count of sunny days in Seattle", "select count(*) from {t} where weather = 'sun' and location = 'Seattle'"),
        ("weather", "What's the average wind speed in Seattle?", "select round(avg(wind), 2) from {t} where location = 'Seattle'"),
        ("weather", "monthly total precipitation in New York in 2015", "select date_trunc('month', date), sum(precipitation) from {t} where location = 'New York' and year(date) = 2015 group by 1"),
        ("gapminder", "Which country had the largest population in 1960?", "select country, sum(pop) from {t} where year = 1960 group by country order by 2 desc, 1 limit 1"),
        ("gapminder", "average fertility rate per year", "select year, round(avg(fertility), 2) from {t} group by year"),
        ("airports", "number of airports in each state", "select state, count(*) from {t} group by state"),
        ("airports", "what is the lowest longitude", "select min(longitude) from {t}"),
        ("iowa-electricity", "yearly net generation from Nuclear Energy", "select year, sum(net_generation) from {t} where source = 'Nuclear Energy' group by year"),
        ("us-employment", "average leisure and hospitality per year", "select year(month), round(avg(leisure_and_hospitality), 2) from {t} group by 1"),
        ("us-employment", "median information", "select median(information) from {t}"),
        ("room", "average price of AAPL", "select round(avg(price), 2) from {stocks} where symbol = 'AAPL'"),
        ("room", "How many days had snow in Seattle?", "select count(*) from {weather} where weather = 'snow' and location = 'Seattle'"),
        ("room", "Who won the election in 2008?", null),
        ("room", "hello", null),
    ];

    [Fact]
    public async Task The_builtin_engine_answers_at_least_90_percent_and_never_wrongly()
    {
        var score = await NlScoring.ScoreAsync(samples, Questions, "nl-evaluation");
        output.WriteLine(score.Report);
        Assert.True(Questions.Length >= 60);
        Assert.Empty(score.Wrong);
        Assert.True(score.Accuracy >= 0.9, $"accuracy {score.Accuracy:P1}:\n{score.Report}");
    }
}
