using Mediator;

namespace Platform.Features.Audit;

public sealed record VerifyAuditTrail : IRequest<AuditVerification>;

public sealed class VerifyAuditTrailHandler(AuditChain chain) : IRequestHandler<VerifyAuditTrail, AuditVerification>
{
    public async ValueTask<AuditVerification> Handle(VerifyAuditTrail request, CancellationToken ct) => await chain.VerifyAsync(ct);
}
