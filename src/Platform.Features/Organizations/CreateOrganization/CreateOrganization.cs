using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record CreateOrganization(string Name, string? Description) : IRequest<OrganizationResponse>;

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganization>
{
    public CreateOrganizationValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Must(n => n.Trim().Length > 0).WithMessage("'name' must not be blank.");
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

/// <summary>A new organisation, with its creator as owner.</summary>
public sealed class CreateOrganizationHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateOrganization, OrganizationResponse>
{
    public const int MaxOwnedPerUser = 50;

    public async ValueTask<OrganizationResponse> Handle(CreateOrganization request, CancellationToken ct)
    {
        var me = caller.Id;
        if (await session.Query<Organization>().CountAsync(o => o.Members.Any(m => m.UserId == me && m.Role == OrganizationRole.Owner), ct) >= MaxOwnedPerUser)
            throw ProblemException.Conflict($"You own {MaxOwnedPerUser} organisations already.");
        var now = clock.GetUtcNow();
        var organization = new Organization
        {
            Id = Guid.CreateVersion7(), Name = request.Name.Trim(), Description = request.Description?.Trim(), CreatedAt = now, UpdatedAt = now,
            Members = [new OrganizationMember(me, caller.Email, OrganizationRole.Owner, now)],
        };
        session.Insert(organization);
        // The owner manages the organisation's rooms from the next request on.
        revocations.Revoke(session, me, endStreams: false);
        await session.SaveChangesAsync(ct);
        return OrganizationResponse.From(organization, me);
    }
}
