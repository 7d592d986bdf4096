using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Query;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <param name="Definition">As exported.</param>
/// <param name="RoomId">Import into this room (editor or owner); its panels without a dataset then query the room.</param>
/// <param name="Name">Instead of the definition's name.</param>
/// <param name="OrganizationId">Import it as an organisation's dashboard (you must be a member).</param>
public sealed record ImportDashboard(DashboardDefinition Definition, Guid? RoomId = null, string? Name = null, Guid? OrganizationId = null) : IRequest<DashboardResponse>;

public sealed class ImportDashboardValidator : AbstractValidator<ImportDashboard>
{
    public ImportDashboardValidator()
    {
        RuleFor(x => x.Definition).NotNull();
        RuleFor(x => x.OrganizationId).Null().When(x => x.RoomId is not null).WithMessage("A dashboard belongs to a room or to an organisation, not both.");
        When(x => x.Definition is not null, () =>
        {
            RuleFor(x => x.Definition.Format).Equal(DashboardDefinition.CurrentFormat).OverridePropertyName("definition.format");
            RuleFor(x => x.Name ?? x.Definition.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
            RuleFor(x => x.Definition.Panels).NotNull().OverridePropertyName("definition.panels");
            RuleFor(x => x.Definition.Layout).NotNull().OverridePropertyName("definition.layout");
            When(x => x.Definition.Panels is not null && x.Definition.Layout is not null, () =>
            {
                RuleFor(x => x.Definition.Panels).Must(p => p.Count <= 100 && p.All(x => x is not null && !string.IsNullOrWhiteSpace(x.Sql) && x.Visualization is not null))
                    .OverridePropertyName("definition.panels").WithMessage("At most 100 panels, each with SQL and a visualization.");
                RuleFor(x => x.Definition.Panels).Must(p => p.Select(x => x?.Key).Distinct().Count() == p.Count).OverridePropertyName("definition.panels")
                    .WithMessage("Panel keys must be unique.");
                RuleFor(x => x.Definition).Must(d => d.Layout.All(l => l is not null && d.Panels.Any(p => p?.Key == l.Panel))).OverridePropertyName("definition.layout")
                    .WithMessage("Every layout item must name a panel of the definition.");
            });
        });
    }
}

/// <summary>
/// Creates a dashboard from a definition: every panel's SQL is checked and run with the importer's access
/// (a definition cannot reach data its importer could not), and any failure leaves nothing created.
/// </summary>
public sealed class ImportDashboardHandler(IDocumentSession session, QueryRunner runner, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<ImportDashboard, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(ImportDashboard request, CancellationToken ct)
    {
        if (request.RoomId is { } room) await session.RequireAsync(room, caller, RoomRole.Editor, ct);
        if (request.OrganizationId is { } organization) await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
        var now = clock.GetUtcNow();
        var dashboard = new Dashboard
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, RoomId = request.RoomId, OrganizationId = request.OrganizationId, Name = (request.Name ?? request.Definition.Name).Trim(), Version = 1,
            CreatedAt = now, UpdatedAt = now,
        };
        var ids = new Dictionary<string, Guid>();
        foreach (var p in request.Definition.Panels)
        {
            var roomId = p.DatasetId is null ? p.RoomId ?? request.RoomId : null;
            if (p.DatasetId is null && roomId is null)
                throw new ProblemException(StatusCodes.Status400BadRequest, "Panel without data", $"Panel '{p.Key}' names no dataset or room; import it into a room.");
            var scope = await QueryScope.ResolveAsync(session, p.DatasetId, roomId, caller, ct);
            var result = await runner.RunAsync(scope, p.Sql, 1000, false, ct);
            Visualizations.Check(p.Visualization, result.Columns);
            var panel = new Panel { Id = Guid.CreateVersion7(), Title = p.Title, DatasetId = p.DatasetId, RoomId = roomId, Sql = p.Sql, Question = p.Question, Visualization = p.Visualization, CreatedAt = now };
            dashboard.Panels.Add(panel);
            ids[p.Key] = panel.Id;
        }
        dashboard.Layout = request.Definition.Layout.Select(l => new LayoutItem(ids[l.Panel], l.X, l.Y, l.W, l.H)).ToList();
        foreach (var missing in dashboard.Panels.Where(p => dashboard.Layout.All(l => l.PanelId != p.Id)))
            dashboard.PlaceAtBottom(missing.Id);
        session.Insert(dashboard);
        await session.SaveChangesAsync(ct);
        return DashboardResponse.From(dashboard);
    }
}
