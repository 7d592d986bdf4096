using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Query;

/// <param name="Sql">One query, naming datasets by their table names.</param>
/// <param name="DatasetId">Query this dataset (by its table name)…</param>
/// <param name="RoomId">…or every ready dataset linked to this room.</param>
/// <param name="Limit">Rows to return: 200 unless given; above 1,000, the first 1,000 (truncated).</param>
/// <param name="Force">Run it even if a cached answer exists.</param>
public sealed record RunSql(string Sql, Guid? DatasetId = null, Guid? RoomId = null, int? Limit = null, bool Force = false) : IRequest<SqlAnswer>;

public sealed class RunSqlValidator : AbstractValidator<RunSql>
{
    public RunSqlValidator(IOptions<QueryOptions> options)
    {
        RuleFor(x => x.Sql).NotEmpty().MaximumLength(20_000);
        RuleFor(x => x.Limit).GreaterThanOrEqualTo(1);
        RuleFor(x => x).Must(x => x.DatasetId.HasValue ^ x.RoomId.HasValue).WithName("datasetId")
            .WithMessage("Name either a datasetId or a roomId.");
    }
}

/// <summary>Runs read-only SQL over a dataset or a room's datasets; in a room, the query is kept in its history.</summary>
public sealed class RunSqlHandler(IDocumentSession session, QueryRunner runner, IOptions<QueryOptions> options, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RunSql, SqlAnswer>
{
    public async ValueTask<SqlAnswer> Handle(RunSql request, CancellationToken ct)
    {
        var scope = await QueryScope.ResolveAsync(session, request.DatasetId, request.RoomId, caller, ct);
        try
        {
            var answer = await runner.RunAsync(scope, request.Sql, options.Value.Rows(request.Limit), request.Force, ct);
            await KeepAsync(scope, request.Sql, answer, null, ct);
            return answer;
        }
        catch (ProblemException e)
        {
            await KeepAsync(scope, request.Sql, null, e.Detail, ct);
            throw;
        }
    }

    private async Task KeepAsync(QueryScope scope, string sql, SqlAnswer? answer, string? error, CancellationToken ct)
    {
        if (scope.RoomId is not { } room) return;
        session.Insert(new SavedQuery
        {
            Id = Guid.CreateVersion7(), RoomId = room, UserId = caller.Id, Sql = sql, RowCount = answer?.RowCount ?? 0, Truncated = answer?.Truncated ?? false,
            ElapsedMs = answer?.ElapsedMs ?? 0, Cached = answer?.Cached ?? false, Error = error, CreatedAt = clock.GetUtcNow(),
        });
        await session.SaveChangesAsync(ct);
    }
}
