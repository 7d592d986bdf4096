using System.Text.Json;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

/// <summary>
/// <c>compliance.export</c>: fulfils an export request by writing the subject's archive, which replaces the previous
/// one at <c>GET /api/compliance/gdpr/archive/{userId}</c>. Only the job of the person who made the request runs it.
/// </summary>
public sealed class PersonalDataExportJob(IDocumentStore store, PersonalDataArchive archive, TimeProvider clock) : IJobKind
{
    public const string Kind = "compliance.export";

    public string Id => Kind;
    public string Name => "Export a person's data";
    public string Description => "Fulfils a data subject access request: see POST /api/compliance/gdpr/requests.";
    public string InputSchema => """
        {
          "type": "object",
          "properties": { "requestId": { "type": "string", "format": "uuid", "description": "An export request you made." } },
          "required": ["requestId"],
          "additionalProperties": false
        }
        """;

    public static JsonElement Inputs(Guid requestId) => JsonSerializer.SerializeToElement(new { requestId });

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var requestId = context.Inputs.GetProperty("requestId").GetGuid();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<DataSubjectRequest>(requestId, ct) is not { Kind: DataSubjectRequestKind.Export } request || request.RequestedBy != context.OwnerId)
            throw new ProblemException(StatusCodes.Status404NotFound, "Request not found", $"There is no export request {requestId} of yours.");
        try
        {
            var written = await archive.WriteAsync(request.SubjectId, "person", ct);
            var latest = archive.LatestPath(request.SubjectId);
            File.Move(written, latest, overwrite: true);
            request.ArchiveBytes = new FileInfo(latest).Length;
            request.Status = DataSubjectRequestStatus.Completed;
            context.Log($"Wrote the archive ({request.ArchiveBytes:N0} bytes).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            request.Status = DataSubjectRequestStatus.Failed;
            request.Error = e.Message;
            throw;
        }
        finally
        {
            request.CompletedAt = clock.GetUtcNow();
            session.Update(request);
            await session.SaveChangesAsync(CancellationToken.None);
        }
        return new JobStepOutcome(new { request.Id, request.SubjectId, request.ArchiveBytes, Archive = $"/api/compliance/gdpr/archive/{request.SubjectId}" });
    }
}

/// <summary>An erased person's last export archive goes too.</summary>
public sealed class PersonalArchivePersonalData(DataFolder dataFolder) : IPersonalData
{
    public Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        erasure.AfterCommit(() => File.Delete(PersonalDataArchive.LatestPath(dataFolder, erasure.UserId)));
        return Task.CompletedTask;
    }
}
