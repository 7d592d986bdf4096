using System.Text.Json.Serialization;

namespace Platform.Features.Rooms;

[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    [JsonStringEnumMemberName("active")] Active,
    [JsonStringEnumMemberName("pending")] Pending,
}

/// <param name="Id">The member's user id, or the invitation's id while it is pending; the {memberId} of the member routes.</param>
public sealed record MemberResponse(Guid Id, string Email, string? DisplayName, RoomRole Role, MemberStatus Status, DateTimeOffset Since);
