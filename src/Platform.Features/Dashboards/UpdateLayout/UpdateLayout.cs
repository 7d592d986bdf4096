using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

/// <param name="Items">Every panel of the dashboard, once, on a 12-column grid.</param>
/// <param name="Version">The version this layout was made from (or send it as If-Match).</param>
public sealed record UpdateLayoutRequest(IReadOnlyList<LayoutItem> Items, int? Version = null);

/// <param name="IfMatch">The version from the If-Match header, when sent.</param>
public sealed record UpdateLayout(Guid DashboardId, UpdateLayoutRequest Layout, int? IfMatch) : IRequest<DashboardResponse>;

public sealed class UpdateLayoutValidator : AbstractValidator<UpdateLayout>
{
    public UpdateLayoutValidator()
    {
        RuleFor(x => x.Layout.Items).NotNull().OverridePropertyName("items");
        RuleForEach(x => x.Layout.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.X).InclusiveBetween(0, Dashboard.GridWidth - 1);
            item.RuleFor(i => i.Y).InclusiveBetween(0, 10_000);
            item.RuleFor(i => i.W).InclusiveBetween(1, Dashboard.GridWidth);
            item.RuleFor(i => i.H).InclusiveBetween(1, 100);
            item.RuleFor(i => i).Must(i => i.X + i.W <= Dashboard.GridWidth).WithMessage("A panel must fit the 12-column grid (x + w <= 12).");
        }).OverridePropertyName("items");
    }
}

/// <summary>
/// Replaces the layout, guarded by the dashboard's version: a layout made from an older version is refused
/// (412 for If-Match, 409 for a version in the body), and one sent with neither gets 428.
/// </summary>
public sealed class UpdateLayoutHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateLayout, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(UpdateLayout request, CancellationToken ct)
    {
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        if (request.IfMatch is { } etag && etag != dashboard.Version)
            throw new ProblemException(StatusCodes.Status412PreconditionFailed, "Dashboard changed",
                $"The dashboard is at version {dashboard.Version}, not {etag}: reload it and apply the layout again.");
        if (request.IfMatch is null && request.Layout.Version is { } version && version != dashboard.Version)
            throw new ProblemException(StatusCodes.Status409Conflict, "Dashboard changed",
                $"The dashboard is at version {dashboard.Version}, not {version}: reload it and apply the layout again.");
        if (request.IfMatch is null && request.Layout.Version is null)
            throw new ProblemException(StatusCodes.Status428PreconditionRequired, "Version required",
                "Send the version the layout was made from, as If-Match or as 'version', so no one else's change is lost.");

        var items = request.Layout.Items;
        var panels = dashboard.Panels.Select(p => p.Id).ToHashSet();
        if (items.FirstOrDefault(i => !panels.Contains(i.PanelId)) is { } stranger)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown panel", $"Panel {stranger.PanelId} is not on this dashboard.");
        if (items.GroupBy(i => i.PanelId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Panel placed twice", $"Panel {twice.Key} appears more than once.");
        if (panels.Except(items.Select(i => i.PanelId)).FirstOrDefault() is var missing && missing != Guid.Empty)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Panel missing", $"Panel {missing} has no place in the layout.");

        dashboard.Layout = items.ToList();
        dashboard.Touch(clock.GetUtcNow());
        session.Update(dashboard);
        await session.SaveChangesAsync(ct);
        return DashboardResponse.From(dashboard);
    }
}
