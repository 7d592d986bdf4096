using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Query;

namespace Platform.Features.Dashboards;

/// <param name="Sql">New SQL (checked and run once)…</param>
/// <param name="Question">…or a new question, turned into SQL once.</param>
/// <param name="Visualization">How to draw it; with new SQL and none given, inferred again.</param>
public sealed record UpdatePanelRequest(string? Title = null, string? Sql = null, string? Question = null, Visualization? Visualization = null);

public sealed record UpdatePanel(Guid DashboardId, Guid PanelId, UpdatePanelRequest Changes) : IRequest<PanelResponse>;

public sealed class UpdatePanelValidator : AbstractValidator<UpdatePanel>
{
    public UpdatePanelValidator()
    {
        RuleFor(x => x.Changes.Title).Must(t => t is null || t.Trim().Length > 0).WithMessage("'Title' must not be blank.").MaximumLength(200).OverridePropertyName("title");
        RuleFor(x => x.Changes).Must(c => c.Sql is null || c.Question is null).OverridePropertyName("sql").WithMessage("Give sql or question, not both.");
    }
}

/// <summary>Edits a panel (its dashboard's writers): new SQL is checked and run before it is kept, and the kept result is dropped.</summary>
public sealed class UpdatePanelHandler(IDocumentSession session, IMediator mediator, QueryRunner runner, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UpdatePanel, PanelResponse>
{
    public async ValueTask<PanelResponse> Handle(UpdatePanel request, CancellationToken ct)
    {
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        var panel = dashboard.RequirePanel(request.PanelId);
        var changes = request.Changes;
        if (changes.Title is { } title) panel.Title = title.Trim();
        if (changes.Sql is not null || changes.Question is not null || changes.Visualization is not null)
        {
            var source = await PanelSource.ResolveAsync(session, mediator, runner, caller, dashboard,
                new PanelSource(panel.DatasetId, panel.RoomId, changes.Sql ?? (changes.Question is null ? panel.Sql : null), changes.Question ?? (changes.Sql is null ? panel.Question : null), null),
                changes.Visualization, ct);
            if (source.Sql != panel.Sql) session.Delete<PanelResult>(panel.Id);
            (panel.Sql, panel.Question, panel.Visualization) = (source.Sql!, source.Question, source.Visualization!);
        }
        dashboard.Touch(clock.GetUtcNow());
        session.Update(dashboard);
        await session.SaveChangesAsync(ct);
        return PanelResponse.From(panel);
    }
}
