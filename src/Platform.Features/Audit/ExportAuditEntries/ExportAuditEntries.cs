using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Audit;

/// <param name="Format">csv or ndjson.</param>
public sealed record ExportAuditEntries(AuditFilter Filter, string Format) : IStreamRequest<AuditEntry>;

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator()
    {
        RuleFor(x => x.Filter).SetValidator(new AuditFilterValidator());
        RuleFor(x => x.Format).Must(f => f is "csv" or "ndjson").WithMessage("'format' is csv or ndjson.");
    }
}

/// <summary>Every matching entry, oldest first, read as it is written out.</summary>
public sealed class ExportAuditEntriesHandler(IQuerySession session, CurrentUser caller, IValidator<ExportAuditEntries> validator)
    : IStreamRequestHandler<ExportAuditEntries, AuditEntry>
{
    public async IAsyncEnumerable<AuditEntry> Handle(ExportAuditEntries request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await request.Filter.RequireReadableAsync(session, caller, ct);
        await foreach (var entry in request.Filter.Apply(session.Query<AuditEntry>()).OrderBy(e => e.At).ToAsyncEnumerable(ct)) yield return entry;
    }
}

/// <summary>CSV as spreadsheets read it safely: a cell that starts like a formula is prefixed with an apostrophe.</summary>
public static class AuditCsv
{
    public static readonly string Header = "id,at,sequence,actorId,apiKeyId,organizationId,action,target,changes,clientAddress,userAgent,outcome";

    public static string Row(AuditEntry e) => string.Join(',', new[]
    {
        e.Id.ToString(), e.At.ToString("O"), e.Sequence?.ToString() ?? "", e.ActorId?.ToString() ?? "", e.ApiKeyId?.ToString() ?? "", e.OrganizationId?.ToString() ?? "",
        e.Action, e.Target ?? "", string.Join(' ', e.Changes), e.ClientAddress, e.UserAgent, e.Outcome,
    }.Select(Cell));

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
