using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

public sealed record CreateDeployment(Guid ModelId, string Name) : IRequest<DeploymentResponse>;

public sealed class CreateDeploymentValidator : AbstractValidator<CreateDeployment>
{
    public CreateDeploymentValidator()
    {
        RuleFor(x => x.ModelId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().Must(n => n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
    }
}

public sealed class CreateDeploymentHandler(IDocumentSession session, CurrentUser caller, IOptions<ModelOptions> options, TimeProvider clock) : IRequestHandler<CreateDeployment, DeploymentResponse>
{
    public async ValueTask<DeploymentResponse> Handle(CreateDeployment request, CancellationToken ct)
    {
        var model = (await session.RequireOwnModelAsync(request.ModelId, caller, ct)).RequireReady();
        await session.RequireRoomForActiveAsync(caller.Id, null, options.Value.MaxActiveDeployments, ct);
        var deployment = DeploymentAccess.For(model, caller.Id, request.Name.Trim(), clock.GetUtcNow());
        session.Insert(deployment);
        await session.SaveChangesAsync(ct);
        return DeploymentResponse.From(deployment);
    }
}
