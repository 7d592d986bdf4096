using System.Diagnostics;
using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

/// <param name="SessionId">Run in this session's kernel (its variables); in a new kernel over your own datasets, stopped afterwards, when left out.</param>
/// <param name="TimeoutSeconds">Interrupt the code after this long (1–600, 60 by default).</param>
public sealed record ExecuteCode(string Code, Guid? SessionId, int? TimeoutSeconds) : IRequest<ExecutionResponse>;

/// <param name="Status">ok, error, or aborted.</param>
public sealed record ExecutionResponse(string Status, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs, long ElapsedMs, Guid? SessionId);

public sealed class ExecuteCodeValidator : AbstractValidator<ExecuteCode>
{
    public ExecuteCodeValidator()
    {
        RuleFor(x => x.Code).NotNull().MaximumLength(CellRules.MaxSource);
        RuleFor(x => x.TimeoutSeconds).InclusiveBetween(1, 600);
    }
}

/// <summary>Runs Python once in the sandbox and answers with every output it made.</summary>
public sealed class ExecuteCodeHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels, TimeProvider clock) : IRequestHandler<ExecuteCode, ExecutionResponse>
{
    public async ValueTask<ExecutionResponse> Handle(ExecuteCode request, CancellationToken ct)
    {
        var kernel = request.SessionId is { } id
            ? await session.RequireSessionAsync(kernels, id, caller, ct)
            : await kernels.StartAsync(caller.Id, null, null, await session.ReadyDatasetsAsync(null, caller.Id, ct), ct);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(request.TimeoutSeconds ?? 60));
            var outputs = new List<CellOutput>();
            var started = Stopwatch.GetTimestamp();
            var result = await kernel.ExecuteAsync(Guid.NewGuid(), request.Code, output =>
            {
                if (output.Type != "status") outputs.Add(new CellOutput(output.Type, JsonSerializer.SerializeToElement(output.Content)));
                return Task.CompletedTask;
            }, clock, timeout.Token);
            PlatformMetrics.CellRuns.Add(1, new("kind", CellKind.Python), new("status", result.Status));
            return new ExecutionResponse(result.Status, result.ExecutionCount, outputs, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, request.SessionId);
        }
        catch (KernelStoppedException e)
        {
            await kernels.StopAsync(kernel.Id);
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Kernel stopped", e.Message);
        }
        finally
        {
            if (request.SessionId is null) await kernels.StopAsync(kernel.Id);
        }
    }
}
