using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed record UpdateDashboardRequest(string Name);

public sealed record UpdateDashboard(Guid DashboardId, string Name) : IRequest<DashboardResponse>;

public sealed class UpdateDashboardValidator : AbstractValidator<UpdateDashboard>
{
    public UpdateDashboardValidator() => RuleFor(x => x.Name).NotEmpty().Must(n => n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
}

public sealed class UpdateDashboardHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateDashboard, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(UpdateDashboard request, CancellationToken ct)
    {
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        dashboard.Name = request.Name.Trim();
        dashboard.Touch(clock.GetUtcNow());
        session.Update(dashboard);
        await session.SaveChangesAsync(ct);
        return DashboardResponse.From(dashboard);
    }
}
