using System.Text.Json.Nodes;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="Line">1-based; the last line when left out.</param>
/// <param name="Column">0-based; the end of the line when left out.</param>
/// <param name="SessionId">Help that knows this session's variables.</param>
/// <param name="NotebookId">Help that knows the variables of this notebook's kernel, if it runs.</param>
public sealed record PythonHelpRequest(string Code, int? Line, int? Column, Guid? SessionId, Guid? NotebookId);

/// <param name="Tool">completions, hover, signatures or diagnostics.</param>
public sealed record PythonHelp(string Tool, PythonHelpRequest Request) : IRequest<PythonHelpResponse>;

/// <param name="Items">completions: label, kind, insert; hover: name, kind, signature, doc; signatures: label, index, params; diagnostics: line, column, severity, message.</param>
/// <param name="Live">Answered with a running kernel's variables (else from the code alone).</param>
public sealed record PythonHelpResponse(string Tool, JsonNode? Items, bool Live);

public sealed class PythonHelpValidator : AbstractValidator<PythonHelp>
{
    public PythonHelpValidator()
    {
        RuleFor(x => x.Request).NotNull();
        When(x => x.Request is not null, () =>
        {
            RuleFor(x => x.Request.Code).NotNull().MaximumLength(CellRules.MaxSource).Configure(r => r.PropertyName = "code");
            RuleFor(x => x.Request.Line).Must((x, line) => line is null || (line >= 1 && line <= Lines(x.Request.Code).Length))
                .WithMessage("'line' must be a line of the code, from 1.").Configure(r => r.PropertyName = "line");
            RuleFor(x => x.Request.Column).Must((x, column) => column is null || (column >= 0 && column <= LineAt(x.Request).Length))
                .WithMessage("'column' must be within its line, from 0.").Configure(r => r.PropertyName = "column");
            RuleFor(x => x.Request.NotebookId).Null().When(x => x.Request.SessionId is not null).WithMessage("Name a sessionId or a notebookId, not both.")
                .Configure(r => r.PropertyName = "notebookId");
        });
    }

    public static string[] Lines(string? code) => (code ?? "").Split('\n');

    public static string LineAt(PythonHelpRequest request)
    {
        var lines = Lines(request.Code);
        return lines[Math.Clamp((request.Line ?? lines.Length) - 1, 0, lines.Length - 1)];
    }
}

/// <summary>Jedi's help for a place in Python code, in the sandbox: with a running kernel's variables when one is named, else from the code alone.</summary>
public sealed class PythonHelpHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels) : IRequestHandler<PythonHelp, PythonHelpResponse>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public async ValueTask<PythonHelpResponse> Handle(PythonHelp request, CancellationToken ct)
    {
        var body = request.Request;
        var line = body.Line ?? PythonHelpValidator.Lines(body.Code).Length;
        var question = new JsonObject
        {
            ["op"] = "tool", ["tool"] = request.Tool, ["code"] = body.Code, ["line"] = line,
            ["column"] = body.Column ?? PythonHelpValidator.LineAt(body with { Line = line }).TrimEnd('\r').Length,
        };
        var kernel = body.SessionId is { } sessionId ? await session.RequireSessionAsync(kernels, sessionId, caller, ct) : null;
        if (body.NotebookId is { } notebookId)
        {
            await session.RequireNotebookAsync(notebookId, caller, RoomRole.Editor, ct);
            kernel = kernels.RunningFor(notebookId);
        }
        if (kernel is not null) return new PythonHelpResponse(request.Tool, await kernel.Process.AskAsync(question, Patience, ct), true);
        return new PythonHelpResponse(request.Tool, await kernels.WithToolsAsync(tools => tools.AskAsync(question, Patience, ct), ct), false);
    }
}
