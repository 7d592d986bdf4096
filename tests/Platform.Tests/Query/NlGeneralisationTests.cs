using Xunit.Abstractions;

namespace Platform.Tests.Query;

/// <summary>
/// Datasets the built-in engine was not built beside: cars, penguins and Seattle's weather (the development set);
/// movies, deaths in the 1992 Los Angeles riots, health and income by country, and 2,000 flights (the test set).
/// </summary>
public sealed class UnseenSamples() : UploadedSamples("cars.json", "penguins.json", "seattle-weather.csv",
    "movies.json", "la-riots.csv", "gapminder-health-income.csv", "flights-2k.json");

/// <summary>
/// Phrasing the engine's own evaluation never used, over datasets it was not built beside: adjectives standing
/// for a measure, words derived from values, verbs of belonging, "number of" as a group, units, modes and
/// questions asking for an entity. The development set may be studied; wrong answers are never accepted.
/// </summary>
public sealed class NlGeneralisationTests(UnseenSamples samples, ITestOutputHelper output) : IClassFixture<UnseenSamples>
{
    public static readonly (string Dataset, string Question, string? Sql)[] Development =
    [
        ("cars", "Which car has the highest horsepower?", "select Name, Horsepower from {t} order by 2 desc nulls last, 1 limit 1"),
        ("cars", "What is the heaviest car?", "select Name, Weight_in_lbs from {t} order by 2 desc nulls last, 1 limit 1"),
        ("cars", "Which is the lightest car?", "select Name, Weight_in_lbs from {t} order by 2 asc nulls last, 1 limit 1"),
        ("cars", "average horsepower by number of cylinders", "select Cylinders, round(avg(Horsepower), 2) from {t} group by 1"),
        ("cars", "How many cars come from each origin?", "select Origin, count(*) from {t} group by 1"),
        ("cars", "How many European cars are there?", "select count(*) from {t} where Origin = 'Europe'"),
        ("cars", "average weight of Japanese cars", "select round(avg(Weight_in_lbs), 2) from {t} where Origin = 'Japan'"),
        ("cars", "How many cars are made in Japan?", "select count(*) from {t} where Origin = 'Japan'"),
        ("cars", "How many cars have 8 cylinders?", "select count(*) from {t} where Cylinders = 8"),
        ("cars", "average miles per gallon of American cars", "select round(avg(Miles_per_Gallon), 2) from {t} where Origin = 'USA'"),
        ("cars", "Which origin has the most cars?", "select Origin, count(*) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("cars", "What is the most common number of cylinders?", "select Cylinders, count(*) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("cars", "average acceleration of cars with 4 cylinders", "select round(avg(Acceleration), 2) from {t} where Cylinders = 4"),
        ("cars", "How many cars weigh more than 4000 lbs?", "select count(*) from {t} where Weight_in_lbs > 4000"),
        ("cars", "How many cars have more than 200 horsepower?", "select count(*) from {t} where Horsepower > 200"),
        ("cars", "average weight by origin and number of cylinders", "select Origin, Cylinders, round(avg(Weight_in_lbs), 2) from {t} group by 1, 2"),
        ("cars", "maximum horsepower of cars from Europe", "select max(Horsepower) from {t} where Origin = 'Europe'"),
        ("cars", "Which European car is the heaviest?", "select Name, Weight_in_lbs from {t} where Origin = 'Europe' order by 2 desc nulls last, 1 limit 1"),
        ("cars", "What is the price of the most expensive car?", null),
        ("cars", "average horsepower by number of doors", null),
        ("cars", "average horsepower by color", null),

        ("penguins", "What is the average body mass of each species?", "select Species, round(avg(\"Body Mass (g)\"), 2) from {t} group by 1"),
        ("penguins", "Which species is the heaviest on average?", "select Species, round(avg(\"Body Mass (g)\"), 2) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("penguins", "How many penguins live on each island?", "select Island, count(*) from {t} group by 1"),
        ("penguins", "What is the longest flipper length?", "select max(\"Flipper Length (mm)\") from {t}"),
        ("penguins", "How many Adelie penguins are there?", "select count(*) from {t} where Species = 'Adelie'"),
        ("penguins", "average beak length of female penguins", "select round(avg(\"Beak Length (mm)\"), 2) from {t} where Sex = 'FEMALE'"),
        ("penguins", "How many penguins weigh more than 5000 grams?", "select count(*) from {t} where \"Body Mass (g)\" > 5000"),
        ("penguins", "number of penguins per species and sex", "select Species, Sex, count(*) from {t} group by 1, 2"),
        ("penguins", "What is the weight of the heaviest penguin?", "select max(\"Body Mass (g)\") from {t}"),
        ("penguins", "How long is the longest beak?", "select max(\"Beak Length (mm)\") from {t}"),
        ("penguins", "Which species has the longest flippers on average?", "select Species, round(avg(\"Flipper Length (mm)\"), 2) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("penguins", "most common species", "select Species, count(*) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("penguins", "least common island", "select Island, count(*) from {t} group by 1 order by 2 asc, 1 limit 1"),
        ("penguins", "How old is the oldest penguin?", null),

        ("seattle-weather", "How many days had more than 20 mm of rain?", "select count(*) from {t} where precipitation > 20"),
        ("seattle-weather", "What is the most common type of weather?", "select weather, count(*) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("seattle-weather", "How many rainy days were there in 2014?", "select count(*) from {t} where weather = 'rain' and year(date) = 2014"),
        ("seattle-weather", "What was the windiest day?", "select date, wind from {t} order by 2 desc nulls last, 1 limit 1"),
        ("seattle-weather", "average maximum temperature per month", "select date_trunc('month', date), round(avg(temp_max), 2) from {t} group by 1"),
        ("seattle-weather", "average wind on snowy days", "select round(avg(wind), 2) from {t} where weather = 'snow'"),
        ("seattle-weather", "How many days of each kind of weather?", "select weather, count(*) from {t} group by 1"),
        ("seattle-weather", "number of days with less than 5 mm of precipitation", "select count(*) from {t} where precipitation < 5"),
        ("seattle-weather", "How many foggy days?", "select count(*) from {t} where weather = 'fog'"),
        ("seattle-weather", "What was the humidity on the wettest day?", null),
    ];

    /// <summary>Written before any of them was asked of the engine, over four datasets it had never seen; scored once, recorded, then studied.</summary>
    public static readonly (string Dataset, string Question, string? Sql)[] Test =
    [
        ("movies", "How many movies are rated PG-13?", "select count(*) from {t} where \"MPAA Rating\" = 'PG-13'"),
        ("movies", "What is the average IMDB rating of comedies?", "select round(avg(\"IMDB Rating\"), 2) from {t} where \"Major Genre\" = 'Comedy'"),
        ("movies", "Which movie has the highest worldwide gross?", "select Title, \"Worldwide Gross\" from {t} order by 2 desc nulls last, 1 limit 1"),
        ("movies", "What is the most expensive movie?", "select Title, \"Production Budget\" from {t} order by 2 desc nulls last, 1 limit 1"),
        ("movies", "What is the longest movie?", "select Title, \"Running Time min\" from {t} order by 2 desc nulls last, 1 limit 1"),
        ("movies", "How many movies did each distributor release?", "select Distributor, count(*) from {t} group by 1"),
        ("movies", "average production budget by major genre", "select \"Major Genre\", round(avg(\"Production Budget\"), 2) from {t} group by 1"),
        ("movies", "Which genre has the highest average US gross?", "select \"Major Genre\", round(avg(\"US Gross\"), 2) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("movies", "How many movies were directed by Steven Spielberg?", "select count(*) from {t} where Director = 'Steven Spielberg'"),
        ("movies", "Top 5 distributors by total worldwide gross", "select Distributor, sum(\"Worldwide Gross\") from {t} group by 1 order by 2 desc, 1 limit 5"),
        ("movies", "What is the median running time?", "select median(\"Running Time min\") from {t}"),
        ("movies", "How many horror movies are there?", "select count(*) from {t} where \"Major Genre\" = 'Horror'"),
        ("movies", "Average Rotten Tomatoes rating of movies based on real life events", "select round(avg(\"Rotten Tomatoes Rating\"), 2) from {t} where Source = 'Based on Real Life Events'"),
        ("movies", "Which MPAA rating is the most common?", "select \"MPAA Rating\", count(*) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("movies", "How many movies have an IMDB rating above 8?", "select count(*) from {t} where \"IMDB Rating\" > 8"),
        ("movies", "total US DVD sales per creative type", "select \"Creative Type\", sum(\"US DVD Sales\") from {t} group by 1"),
        ("movies", "Which movie has the lowest IMDB rating?", "select Title, \"IMDB Rating\" from {t} order by 2 asc nulls last, 1 limit 1"),
        ("movies", "How many movies were released in 2005?", "select count(*) from {t} where year(\"Release Date\") = 2005"),
        ("movies", "What is the average budget of science fiction movies?", "select round(avg(\"Production Budget\"), 2) from {t} where \"Creative Type\" = 'Science Fiction'"),
        ("movies", "Which actor starred in the most movies?", null),

        ("la-riots", "How many people died in Koreatown?", "select count(*) from {t} where neighborhood = 'Koreatown'"),
        ("la-riots", "What was the average age of the victims?", "select round(avg(age), 2) from {t}"),
        ("la-riots", "How many deaths per race?", "select race, count(*) from {t} group by 1"),
        ("la-riots", "Who was the oldest victim?", "select first_name, last_name, age from {t} order by age desc nulls last, 1 limit 1"),
        ("la-riots", "How many women were killed?", "select count(*) from {t} where gender = 'Female'"),
        ("la-riots", "Number of deaths by type", "select type, count(*) from {t} group by 1"),
        ("la-riots", "Which neighborhood had the most deaths?", "select neighborhood, count(*) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("la-riots", "average age by gender", "select gender, round(avg(age), 2) from {t} group by 1"),
        ("la-riots", "How many homicides were there?", "select count(*) from {t} where type = 'Homicide'"),
        ("la-riots", "What is the youngest age?", "select min(age) from {t}"),
        ("la-riots", "How many victims were older than 30?", "select count(*) from {t} where age > 30"),
        ("la-riots", "median age of Black victims", "select median(age) from {t} where race = 'Black'"),
        ("la-riots", "How many deaths were officer-involved shootings?", "select count(*) from {t} where type = 'Officer-involved shooting'"),
        ("la-riots", "deaths per day", "select death_date, count(*) from {t} group by 1"),
        ("la-riots", "What was the average income of the victims?", null),

        ("gapminder-health-income", "Which country has the highest income?", "select country, income from {t} order by 2 desc, 1 limit 1"),
        ("gapminder-health-income", "What is the average health in South Asia?", "select round(avg(health), 2) from {t} where region = 'south_asia'"),
        ("gapminder-health-income", "total population by region", "select region, sum(population) from {t} group by 1"),
        ("gapminder-health-income", "How many countries are in sub-Saharan Africa?", "select count(*) from {t} where region = 'sub_saharan_africa'"),
        ("gapminder-health-income", "What is the richest country?", "select country, income from {t} order by 2 desc, 1 limit 1"),
        ("gapminder-health-income", "Which is the most populous country?", "select country, population from {t} order by 2 desc, 1 limit 1"),
        ("gapminder-health-income", "average income per region", "select region, round(avg(income), 2) from {t} group by 1"),
        ("gapminder-health-income", "How many countries have an income above 20000?", "select count(*) from {t} where income > 20000"),
        ("gapminder-health-income", "Which region has the lowest average health?", "select region, round(avg(health), 2) from {t} group by 1 order by 2 asc, 1 limit 1"),
        ("gapminder-health-income", "life expectancy of Japan", "select health from {t} where country = 'Japan'"),
        ("gapminder-health-income", "population of India", "select population from {t} where country = 'India'"),
        ("gapminder-health-income", "How many countries per region?", "select region, count(*) from {t} group by 1"),
        ("gapminder-health-income", "countries with health below 55", "select country, health from {t} where health < 55"),
        ("gapminder-health-income", "median income of countries in America", "select median(income) from {t} where region = 'america'"),
        ("gapminder-health-income", "What is the GDP growth of Brazil?", null),

        ("flights-2k", "How many flights left from ORD?", "select count(*) from {t} where origin = 'ORD'"),
        ("flights-2k", "How many flights went to DFW?", "select count(*) from {t} where destination = 'DFW'"),
        ("flights-2k", "average delay by origin", "select origin, round(avg(delay), 2) from {t} group by 1"),
        ("flights-2k", "What is the longest distance flown?", "select max(distance) from {t}"),
        ("flights-2k", "average distance of flights from LAX", "select round(avg(distance), 2) from {t} where origin = 'LAX'"),
        ("flights-2k", "Which destination has the highest average delay?", "select destination, round(avg(delay), 2) from {t} group by 1 order by 2 desc, 1 limit 1"),
        ("flights-2k", "How many flights were delayed by more than 60 minutes?", "select count(*) from {t} where delay > 60"),
        ("flights-2k", "number of flights per month", "select date_trunc('month', strptime(date, '%Y/%m/%d %H:%M')), count(*) from {t} group by 1"),
        ("flights-2k", "total distance by destination", "select destination, sum(distance) from {t} group by 1"),
        ("flights-2k", "How many flights arrived early?", "select count(*) from {t} where delay < 0"),
        ("flights-2k", "top 3 origins by number of flights", "select origin, count(*) from {t} group by 1 order by 2 desc, 1 limit 3"),
        ("flights-2k", "average delay on flights from ORD to DFW", "select round(avg(delay), 2) from {t} where origin = 'ORD' and destination = 'DFW'"),
        ("flights-2k", "What is the maximum delay?", "select max(delay) from {t}"),
        ("flights-2k", "Which airline has the most delays?", null),
    ];

    [Fact]
    public async Task The_development_set_is_answered_without_a_wrong_answer()
    {
        var score = await NlScoring.ScoreAsync(samples, Development, "nl-development");
        output.WriteLine(score.Report);
        Assert.Empty(score.Wrong);
        Assert.True(score.Accuracy >= 0.9, $"accuracy {score.Accuracy:P1}:\n{score.Report}");
    }

    [Fact]
    public async Task The_test_set_is_answered_without_a_wrong_answer()
    {
        var score = await NlScoring.ScoreAsync(samples, Test, "nl-test");
        output.WriteLine(score.Report);
        Assert.True(Test.Length >= 60);
        Assert.Empty(score.Wrong);
        Assert.True(score.Accuracy >= 0.85, $"accuracy {score.Accuracy:P1}:\n{score.Report}");
    }
}
