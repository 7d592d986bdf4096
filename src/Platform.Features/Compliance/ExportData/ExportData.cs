using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Compliance;

/// <param name="OrganizationId">An organisation you are an admin or owner of; yourself when left out.</param>
public sealed record ExportData(Guid? OrganizationId = null) : IRequest<ExportedArchive>;

/// <param name="Content">A temporary file that deletes itself when closed.</param>
public sealed record ExportedArchive(Stream Content, string FileName);

/// <summary>That an export was taken, and by whom: exports are security events, so each leaves an audit entry.</summary>
public sealed class DataExported
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string SubjectKind { get; set; } = "";
    public Guid? OrganizationId { get; set; }
    public Guid By { get; set; }
    public DateTimeOffset At { get; set; }
    public long Bytes { get; set; }
}

/// <summary>Writes the archive (see <see cref="PersonalDataArchive"/>) at once and hands it over as a download.</summary>
public sealed class ExportDataHandler(IDocumentSession session, PersonalDataArchive archive, CurrentUser caller, TimeProvider clock) : IRequestHandler<ExportData, ExportedArchive>
{
    public async ValueTask<ExportedArchive> Handle(ExportData request, CancellationToken ct)
    {
        if (request.OrganizationId is { } organizationId) await session.RequireAsync(organizationId, caller, OrganizationRole.Admin, ct);
        var subjectId = request.OrganizationId ?? caller.Id;
        var kind = request.OrganizationId is null ? "person" : "organization";
        var path = await archive.WriteAsync(subjectId, kind, ct);
        var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        session.Insert(new DataExported
        {
            Id = Guid.CreateVersion7(), SubjectId = subjectId, SubjectKind = kind, OrganizationId = request.OrganizationId, By = caller.Id, At = clock.GetUtcNow(), Bytes = content.Length,
        });
        await session.SaveChangesAsync(ct);
        return new ExportedArchive(content, $"{kind}-data-{subjectId:N}.zip");
    }
}
