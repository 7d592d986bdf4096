using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record CreateGroupRequest(string Name, string? Description = null);

public sealed record CreateGroup(Guid OrganizationId, string Name, string? Description) : IRequest<GroupResponse>;

public sealed class CreateGroupValidator : AbstractValidator<CreateGroup>
{
    public CreateGroupValidator()
    {
        RuleFor(x => x.Name).NotEmpty().GroupName();
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

/// <summary>A new, empty group (the organisation's admins); names are unique within it, in any case.</summary>
public sealed class CreateGroupHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateGroup, GroupResponse>
{
    public async ValueTask<GroupResponse> Handle(CreateGroup request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var name = request.Name.Trim();
        organization.RequireUniqueName(name);
        if (organization.Groups.Count >= Organization.MaxGroups) throw ProblemException.Conflict($"An organisation has at most {Organization.MaxGroups} groups.");
        var group = new OrganizationGroup { Id = Guid.CreateVersion7(), Name = name, Description = request.Description?.Trim(), CreatedAt = clock.GetUtcNow() };
        organization.Groups.Add(group);
        organization.UpdatedAt = group.CreatedAt;
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return GroupResponse.From(group);
    }
}
