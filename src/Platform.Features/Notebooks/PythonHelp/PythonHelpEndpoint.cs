using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class PythonHelpEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        foreach (var (tool, name, summary) in new[]
                 {
                     ("completions", "PythonCompletions", "Completions at a place in Python code (Jedi, in the sandbox; with a session's variables when named)."),
                     ("hover", "PythonHover", "What the name at a place in Python code is: its kind, signature and documentation."),
                     ("signatures", "PythonSignatures", "The signatures of the call at a place in Python code, and which parameter the place is in."),
                     ("diagnostics", "PythonDiagnostics", "Syntax errors and problems (undefined names, unused imports) in Python code; a session's variables count as defined."),
                 })
            app.MapPost($"/api/python/{tool}", async (PythonHelpRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new PythonHelp(tool, request), ct)))
                .WithName(name).WithTags("Execution").WithSummary(summary)
                .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
