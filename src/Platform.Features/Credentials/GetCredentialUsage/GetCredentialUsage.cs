using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

/// <param name="Days">How many days back, today included: 30 unless given, at most 366.</param>
public sealed record GetCredentialUsage(Guid CredentialId, int? Days) : IRequest<CredentialUsageResponse>;

public sealed record CredentialUsageDayResponse(DateOnly Day, long Calls, long Failures, long InputTokens, long OutputTokens);

/// <param name="ByDay">Days with any use, oldest first.</param>
public sealed record CredentialUsageResponse(
    Guid CredentialId, DateOnly From, DateOnly To, long Calls, long Failures, long InputTokens, long OutputTokens, IReadOnlyList<CredentialUsageDayResponse> ByDay);

public sealed class GetCredentialUsageValidator : AbstractValidator<GetCredentialUsage>
{
    public GetCredentialUsageValidator() => RuleFor(x => x.Days).InclusiveBetween(1, 366);
}

public sealed class GetCredentialUsageHandler(IQuerySession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<GetCredentialUsage, CredentialUsageResponse>
{
    public async ValueTask<CredentialUsageResponse> Handle(GetCredentialUsage request, CancellationToken ct)
    {
        var credential = await session.RequireAsync(request.CredentialId, caller, ct);
        var to = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = to.AddDays(1 - (request.Days ?? 30));
        var days = (await session.Query<CredentialUsageDay>().Where(d => d.CredentialId == credential.Id && d.Day >= from).ToListAsync(ct))
            .OrderBy(d => d.Day).Select(d => new CredentialUsageDayResponse(d.Day, d.Calls, d.Failures, d.InputTokens, d.OutputTokens)).ToList();
        return new CredentialUsageResponse(credential.Id, from, to, days.Sum(d => d.Calls), days.Sum(d => d.Failures), days.Sum(d => d.InputTokens),
            days.Sum(d => d.OutputTokens), days);
    }
}
