namespace Platform.Features.Common;

/// <summary>One organisation group an identity provider says the person is (or is no longer) in.</summary>
public sealed record ClaimedGroup(Guid OrganizationId, Guid GroupId, bool Member);

/// <summary>
/// Published in the sign-in's session when a person signs in through single sign-on with group mappings: the area
/// keeping groups makes their memberships follow the provider's (joining the organisation as a member if need be).
/// </summary>
public sealed record ExternalGroupsClaimed(Guid UserId, string Email, IReadOnlyList<ClaimedGroup> Groups) : Mediator.INotification;
