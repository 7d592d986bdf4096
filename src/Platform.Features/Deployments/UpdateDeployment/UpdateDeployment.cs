using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <param name="Enabled">false stops it answering (404) without deleting its keys and logs.</param>
public sealed record UpdateDeployment(Guid DeploymentId, string? Name = null, bool? Enabled = null) : IRequest<DeploymentResponse>;

public sealed record UpdateDeploymentBody(string? Name = null, bool? Enabled = null);

public sealed class UpdateDeploymentValidator : AbstractValidator<UpdateDeployment>
{
    public UpdateDeploymentValidator() =>
        RuleFor(x => x.Name).Must(n => n!.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200).When(x => x.Name is not null);
}

public sealed class UpdateDeploymentHandler(IDocumentSession session, CurrentUser caller, AccessRevocations revocations, IOptions<ModelOptions> options, TimeProvider clock) : IRequestHandler<UpdateDeployment, DeploymentResponse>
{
    public async ValueTask<DeploymentResponse> Handle(UpdateDeployment request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        if (request.Enabled == true && !deployment.Enabled)
            await session.RequireRoomForActiveAsync(deployment.OwnerId, deployment.Id, options.Value.MaxActiveDeployments, ct);
        if (request.Name is not null) deployment.Name = request.Name.Trim();
        if (request.Enabled is { } enabled) deployment.Enabled = enabled;
        deployment.UpdatedAt = clock.GetUtcNow();
        session.Update(deployment);
        revocations.Revoke(session, deployment.OwnerId, endStreams: false);
        await session.SaveChangesAsync(ct);
        return DeploymentResponse.From(deployment);
    }
}
