using Carter;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

/// <param name="Packages">What code of this runtime can import beyond the standard library (for Python, the Debian packages found in the sandbox).</param>
public sealed record RuntimeResponse(string Id, string Language, string? Version, bool Available, string Description, IReadOnlyList<string> Packages);

public sealed class ListRuntimesEndpoint : ICarterModule
{
    private static readonly Lazy<string> DuckDbVersion = new(() =>
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select version()";
        return (string)command.ExecuteScalar()!;
    });

    private static readonly string[] Highlights = ["pandas", "numpy", "scikit-learn", "matplotlib", "scipy", "jedi"];

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/execute/runtimes", async (RuntimeCheck check, CancellationToken ct) =>
            {
                var state = await check.StateAsync(ct);
                var python = new RuntimeResponse("python3", "python", state.Python, state.Available,
                    "An IPython kernel in a bubblewrap sandbox: no network, read-only system, the notebook's datasets read-only at /data (platform.dataset(name) gives a DataFrame).",
                    state.Packages.Where(p => Highlights.Contains(p.Name.ToLowerInvariant())).Select(p => $"{p.Name} {p.Version}").ToList());
                var sql = new RuntimeResponse("sql", "sql", DuckDbVersion.Value, true,
                    "DuckDB read-only queries over the notebook's datasets, through the platform's SQL guard.", []);
                return TypedResults.Ok<IReadOnlyList<RuntimeResponse>>([python, sql]);
            })
            .WithName("ListRuntimes").WithTags("Execution").WithSummary("The runtimes cells can use (Python, SQL), their versions and whether they are available here.");
}
