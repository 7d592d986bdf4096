namespace Platform.Features.Common;

/// <summary>
/// Browsers' <c>EventSource</c> and WebSocket cannot send an Authorization header: the GET stream routes marked
/// with <see cref="AccessTokenInQueryExtensions.AcceptsAccessTokenInQuery"/> also take the access token as
/// <c>?access_token=</c> (the convention SignalR uses; <c>?token=</c> too, which the event socket took first). Nowhere
/// else, so a token in a link is worthless elsewhere.
/// </summary>
public sealed record AccessTokenInQueryMetadata
{
    public const string Parameter = "access_token";
    public const string ShortParameter = "token";
}

public static class AccessTokenInQueryExtensions
{
    public static TBuilder AcceptsAccessTokenInQuery<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessTokenInQueryMetadata());
}
