using System.Text.Json.Serialization;

namespace Platform.Features.Compliance;

[JsonConverter(typeof(JsonStringEnumConverter<DataSubjectRequestKind>))]
public enum DataSubjectRequestKind
{
    /// <summary>The right of access: an archive of everything the platform holds of the person.</summary>
    [JsonStringEnumMemberName("export")] Export,
    /// <summary>The right to erasure: the person's content and personal data removed.</summary>
    [JsonStringEnumMemberName("erase")] Erase,
}

[JsonConverter(typeof(JsonStringEnumConverter<DataSubjectRequestStatus>))]
public enum DataSubjectRequestStatus
{
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("completed")] Completed,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>
/// A data subject request (GDPR): who asked, about whom, and how it ended. After an erasure the subject is named by
/// its pseudonym only.
/// </summary>
public sealed class DataSubjectRequest
{
    public Guid Id { get; set; }
    public DataSubjectRequestKind Kind { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>The subject's address while the account exists; its pseudonym once erased.</summary>
    public string Subject { get; set; } = "";
    public Guid RequestedBy { get; set; }
    public DataSubjectRequestStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Error { get; set; }
    /// <summary>The export's job, to follow it.</summary>
    public Guid? JobId { get; set; }
    public long? ArchiveBytes { get; set; }

    public DataSubjectRequestResponse ToResponse() =>
        new(Id, Kind, SubjectId, Subject, RequestedBy, Status, CreatedAt, CompletedAt, Error, JobId, ArchiveBytes,
            Kind == DataSubjectRequestKind.Export && Status == DataSubjectRequestStatus.Completed ? $"/api/compliance/gdpr/archive/{SubjectId}" : null);
}

/// <param name="Archive">Where a completed export is downloaded.</param>
public sealed record DataSubjectRequestResponse(
    Guid Id, DataSubjectRequestKind Kind, Guid SubjectId, string Subject, Guid RequestedBy, DataSubjectRequestStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt, string? Error, Guid? JobId, long? ArchiveBytes, string? Archive);
