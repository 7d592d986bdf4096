using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record UpdateGroupRequest(string? Name = null, string? Description = null);

public sealed record UpdateGroup(Guid OrganizationId, Guid GroupId, string? Name, string? Description) : IRequest<GroupResponse>;

public sealed class UpdateGroupValidator : AbstractValidator<UpdateGroup>
{
    public UpdateGroupValidator()
    {
        RuleFor(x => x.Name).GroupName();
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

/// <summary>Renames or re-describes a group (the organisation's admins).</summary>
public sealed class UpdateGroupHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateGroup, GroupResponse>
{
    public async ValueTask<GroupResponse> Handle(UpdateGroup request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var group = organization.Group(request.GroupId) ?? throw OrganizationAccess.GroupNotFound();
        if (request.Name?.Trim() is { } name)
        {
            organization.RequireUniqueName(name, except: group.Id);
            group.Name = name;
        }
        if (request.Description is not null) group.Description = request.Description.Trim();
        organization.UpdatedAt = clock.GetUtcNow();
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return GroupResponse.From(group);
    }
}
