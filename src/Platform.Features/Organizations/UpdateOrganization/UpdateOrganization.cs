using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record UpdateOrganizationRequest(string? Name = null, string? Description = null);

public sealed record UpdateOrganization(Guid OrganizationId, string? Name, string? Description) : IRequest<OrganizationResponse>;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganization>
{
    public UpdateOrganizationValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'name' must not be blank.").MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

/// <summary>Renames or re-describes an organisation (its admins and owners).</summary>
public sealed class UpdateOrganizationHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateOrganization, OrganizationResponse>
{
    public async ValueTask<OrganizationResponse> Handle(UpdateOrganization request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        organization.Name = request.Name?.Trim() ?? organization.Name;
        if (request.Description is not null) organization.Description = request.Description.Trim();
        organization.UpdatedAt = clock.GetUtcNow();
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return OrganizationResponse.From(organization, caller.Id);
    }
}
