using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record ChangeOrganizationMemberRoleRequest(OrganizationRole Role);

public sealed record ChangeOrganizationMemberRole(Guid OrganizationId, Guid UserId, OrganizationRole Role) : IRequest<OrganizationMemberResponse>;

public sealed class ChangeOrganizationMemberRoleValidator : AbstractValidator<ChangeOrganizationMemberRole>
{
    public ChangeOrganizationMemberRoleValidator() => RuleFor(x => x.Role).IsInEnum();
}

/// <summary>Changes a member's role (admins; only owners touch owners; the last owner stays one).</summary>
public sealed class ChangeOrganizationMemberRoleHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<ChangeOrganizationMemberRole, OrganizationMemberResponse>
{
    public async ValueTask<OrganizationMemberResponse> Handle(ChangeOrganizationMemberRole request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var member = organization.Member(request.UserId) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such member.");
        if (member.Role == request.Role) return OrganizationMemberResponse.From(organization, member);
        if (member.Role == OrganizationRole.Owner || request.Role == OrganizationRole.Owner) organization.RequireMayHandleOwners(caller);
        organization.RequireAnotherOwner(member);
        var changed = member with { Role = request.Role };
        organization.Members[organization.Members.IndexOf(member)] = changed;
        // Owners and admins manage the organisation's rooms: that comes and goes with the role, at once.
        if ((member.Role >= OrganizationRole.Admin) != (changed.Role >= OrganizationRole.Admin))
            revocations.Revoke(session, member.UserId, endStreams: changed.Role < OrganizationRole.Admin);
        organization.UpdatedAt = clock.GetUtcNow();
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return OrganizationMemberResponse.From(organization, changed);
    }
}
