using FluentValidation;
using Marten;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Audit;

/// <summary>Which entries: by actor, action, organisation, outcome and time (from inclusive, to exclusive).</summary>
public sealed record AuditFilter(Guid? ActorId, string? Action, Guid? OrganizationId, string? Outcome, DateTimeOffset? From, DateTimeOffset? To)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (ActorId is { } actor) entries = entries.Where(e => e.ActorId == actor);
        if (Action is { Length: > 0 } action) entries = entries.Where(e => e.Action == action);
        if (OrganizationId is { } organization) entries = entries.Where(e => e.OrganizationId == organization);
        if (Outcome is { Length: > 0 } outcome) entries = entries.Where(e => e.Outcome == outcome);
        if (From is { } from) entries = entries.Where(e => e.At >= from);
        if (To is { } to) entries = entries.Where(e => e.At < to);
        return entries;
    }

    /// <summary>
    /// Platform administrators read every entry; an organisation's admins and owners read its entries only, so they
    /// must name it.
    /// </summary>
    public async Task RequireReadableAsync(IQuerySession session, CurrentUser caller, CancellationToken ct)
    {
        if (caller.IsAdmin) return;
        if (OrganizationId is not { } organizationId)
            throw ProblemException.Forbidden("Only administrators read the whole audit trail; an organisation's admins name it with organizationId.");
        await session.RequireAsync(organizationId, caller, OrganizationRole.Admin, ct);
    }
}

public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(x => x.Action).MaximumLength(200);
        RuleFor(x => x.Outcome).Must(o => o is null or "success" or "failure").WithMessage("'outcome' is success or failure.");
        RuleFor(x => x).Must(x => x.From is null || x.To is null || x.From < x.To).WithName("from").WithMessage("'from' must be before 'to'.");
    }
}
