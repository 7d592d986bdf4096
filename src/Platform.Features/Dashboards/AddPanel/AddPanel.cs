using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Query;

namespace Platform.Features.Dashboards;

/// <param name="DatasetId">Query this dataset…</param>
/// <param name="RoomId">…or a room's datasets; in a room's dashboard, that room when neither is given.</param>
/// <param name="Question">A question, turned into SQL once by NL-to-SQL; the panel keeps the SQL…</param>
/// <param name="Sql">…or the SQL itself…</param>
/// <param name="SavedQueryId">…or a query from a room's history.</param>
/// <param name="Visualization">How to draw it; inferred from the result's shape when left out.</param>
/// <param name="Title">Left out: the question, or the first line of the SQL.</param>
public sealed record AddPanelRequest(
    string? Title = null, Guid? DatasetId = null, Guid? RoomId = null, string? Question = null, string? Sql = null, Guid? SavedQueryId = null, Visualization? Visualization = null);

public sealed record AddPanel(Guid DashboardId, AddPanelRequest Panel) : IRequest<PanelResponse>;

public sealed class AddPanelValidator : AbstractValidator<AddPanel>
{
    public AddPanelValidator()
    {
        RuleFor(x => x.Panel.Title).MaximumLength(200).OverridePropertyName("title");
        RuleFor(x => x.Panel).Must(p => new object?[] { p.Question, p.Sql, p.SavedQueryId }.Count(v => v is not null) == 1)
            .OverridePropertyName("question").WithMessage("Give exactly one of question, sql or savedQueryId.");
        RuleFor(x => x.Panel).Must(p => !(p.DatasetId.HasValue && p.RoomId.HasValue)).OverridePropertyName("datasetId")
            .WithMessage("Give a datasetId or a roomId, not both.");
    }
}

/// <summary>
/// Pins an answer to a dashboard (its owner, or the room's editors): the SQL is checked and run once, so an
/// unsafe or failing query is refused now, and the result's shape chooses the chart unless one is given.
/// </summary>
public sealed class AddPanelHandler(IDocumentSession session, IMediator mediator, QueryRunner runner, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<AddPanel, PanelResponse>
{
    public async ValueTask<PanelResponse> Handle(AddPanel request, CancellationToken ct)
    {
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        var p = request.Panel;
        var source = await PanelSource.ResolveAsync(session, mediator, runner, caller, dashboard,
            new PanelSource(p.DatasetId, p.RoomId, p.Sql, p.Question, p.SavedQueryId), p.Visualization, ct);

        var now = clock.GetUtcNow();
        var panel = new Panel
        {
            Id = Guid.CreateVersion7(), Title = p.Title?.Trim() is { Length: > 0 } title ? title : DefaultTitle(source.Question, source.Sql!), DatasetId = source.DatasetId, RoomId = source.RoomId, Sql = source.Sql!, Question = source.Question,
            Visualization = source.Visualization!, CreatedAt = now,
        };
        dashboard.Panels.Add(panel);
        dashboard.PlaceAtBottom(panel.Id);
        dashboard.Touch(now);
        session.Update(dashboard);
        await session.SaveChangesAsync(ct);
        return PanelResponse.From(panel);
    }

    private static string DefaultTitle(string? question, string sql)
    {
        var text = question?.Trim() is { Length: > 0 } q ? q : sql.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "Panel";
        return text.Length <= 200 ? text : text[..199] + "…";
    }
}
