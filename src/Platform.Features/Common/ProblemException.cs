namespace Platform.Features.Common;

/// <summary>An expected failure a handler reports to the caller as ProblemDetails with this status.</summary>
public sealed class ProblemException(int status, string title, string? detail = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public TimeSpan? RetryAfter { get; init; }

    public Microsoft.AspNetCore.Mvc.ProblemDetails ToProblemDetails() => new() { Status = Status, Title = Title, Detail = Detail };

    public static ProblemException Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);
    public static ProblemException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);
    public static ProblemException Unauthorized(string detail) => new(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
}
