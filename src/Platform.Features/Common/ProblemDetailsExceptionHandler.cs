using System.Text.Json;
using FluentValidation;
using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Features.Common;

/// <summary>The one place exceptions become RFC 9457 ProblemDetails: expected ones with their 4xx, the rest as a logged 500.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>
    /// Whether saving lost a race with another writer: a stale version (one document, or several at once, which Marten
    /// reports together), or PostgreSQL giving up one of two transactions locking the same rows in turn. Trying again is safe.
    /// </summary>
    public static bool ChangedMeanwhile(Exception exception) => exception switch
    {
        ConcurrencyException or ConcurrentUpdateException => true,
        AggregateException { InnerExceptions.Count: > 0 } many => many.InnerExceptions.All(ChangedMeanwhile),
        MartenCommandException { InnerException: { } inner } => ChangedMeanwhile(inner),
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        _ => false,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            ProblemException p => p.ToProblemDetails(),
            ValidationException v => new HttpValidationProblemDetails(v.Errors
                .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.",
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request", Detail = b.Message },
            _ when exception is DocumentAlreadyExistsException || ChangedMeanwhile(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = "The resource was changed by another request; reload and try again.",
            },
            MartenCommandException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = "A resource with the same unique value already exists.",
            },
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };
        if (problem is null) return true;

        if (problem.Status >= 500) logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
        if (exception is ProblemException { RetryAfter: { } retryAfter })
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
