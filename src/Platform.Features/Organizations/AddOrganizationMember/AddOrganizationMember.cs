using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Organizations;

public sealed record AddOrganizationMemberRequest(string Email, OrganizationRole Role = OrganizationRole.Member);

public sealed record AddOrganizationMember(Guid OrganizationId, string Email, OrganizationRole Role) : IRequest<OrganizationMemberResponse>;

public sealed class AddOrganizationMemberValidator : AbstractValidator<AddOrganizationMember>
{
    public AddOrganizationMemberValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Role).IsInEnum();
    }
}

/// <summary>Adds someone with an account to the organisation (its admins; only owners add owners).</summary>
public sealed class AddOrganizationMemberHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<AddOrganizationMember, OrganizationMemberResponse>
{
    public async ValueTask<OrganizationMemberResponse> Handle(AddOrganizationMember request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        if (request.Role == OrganizationRole.Owner) organization.RequireMayHandleOwners(caller);
        var email = User.NormalizeEmail(request.Email);
        var user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == email, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No account has this address: ask them to sign up first.");
        if (organization.Member(user.Id) is not null) throw ProblemException.Conflict("They are a member already.");
        if (organization.Members.Count >= Organization.MaxMembers) throw ProblemException.Conflict($"An organisation has at most {Organization.MaxMembers} members.");
        var member = new OrganizationMember(user.Id, user.Email, request.Role, clock.GetUtcNow());
        organization.Members.Add(member);
        if (member.Role >= OrganizationRole.Admin) revocations.Revoke(session, member.UserId, endStreams: false);
        organization.UpdatedAt = member.JoinedAt;
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return OrganizationMemberResponse.From(organization, member);
    }
}
