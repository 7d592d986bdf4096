using Marten;
using Microsoft.Extensions.Hosting;

namespace Platform.Features.Assistant;

/// <summary>
/// The agents that ship with the platform, written at start-up with fixed ids (the same on every instance and after
/// every restart): a data analyst, a dashboard builder and a model trainer. Anyone signed in uses and duplicates them;
/// nobody changes them.
/// </summary>
public sealed class PresetAgents(IDocumentStore store) : IHostedService
{
    public static readonly Guid DataAnalyst = new("a9e7f000-0000-4000-8000-000000000001");
    public static readonly Guid DashboardBuilder = new("a9e7f000-0000-4000-8000-000000000002");
    public static readonly Guid ModelTrainer = new("a9e7f000-0000-4000-8000-000000000003");
    private static readonly DateTimeOffset Shipped = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<AgentSettings> All { get; } =
    [
        new("Data analyst", "Answers questions about your data with tables, charts and the figures that matter.",
            "You are a careful data analyst. Look at what data there is before answering, answer with the query's result, and state the key figures and any caveat.",
            null, ["list_datasets", "describe_dataset", "ask_data", "run_sql", "make_chart", "search_knowledge"], [], [], null),
        new("Dashboard builder", "Turns questions into charts and pins them to dashboards.",
            "You build dashboards. For each thing the person wants to watch, answer it with a chart and pin it to the dashboard they name.",
            null, ["list_datasets", "describe_dataset", "ask_data", "make_chart", "pin_to_dashboard"], [], [], null),
        new("Model trainer", "Trains models that predict a column and says how well they predict.",
            "You train predictive models. Find the dataset and the column to predict, train a model, and explain its evaluation in plain words.",
            null, ["list_datasets", "describe_dataset", "train_model"], ["train_model"], [], null),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        foreach (var (id, settings) in new[] { DataAnalyst, DashboardBuilder, ModelTrainer }.Zip(All))
        {
            session.Store(new Agent { Id = id, Settings = settings, Preset = true, Visibility = AgentVisibility.Public, PublishedVersion = 1, CreatedAt = Shipped, UpdatedAt = Shipped });
            session.Store(new AgentVersion { Id = AgentVersion.IdOf(id, 1), AgentId = id, Number = 1, Settings = settings, PublishedAt = Shipped });
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
