using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record GetOrganization(Guid OrganizationId) : IRequest<OrganizationResponse>;

public sealed class GetOrganizationHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetOrganization, OrganizationResponse>
{
    public async ValueTask<OrganizationResponse> Handle(GetOrganization request, CancellationToken ct) =>
        OrganizationResponse.From(await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Member, ct), caller.Id);
}
