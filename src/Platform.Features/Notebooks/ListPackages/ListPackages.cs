using System.Text.Json.Nodes;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

public sealed record ListPackages(Guid SessionId) : IRequest<PackagesResponse>;

public sealed record PackagesResponse(Guid SessionId, string? Python, IReadOnlyList<PythonPackage> Packages);

/// <summary>What the session's code can import: the sandbox's Debian packages and any installed into the session.</summary>
public sealed class ListPackagesHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels) : IRequestHandler<ListPackages, PackagesResponse>
{
    public async ValueTask<PackagesResponse> Handle(ListPackages request, CancellationToken ct)
    {
        var kernel = await session.RequireSessionAsync(kernels, request.SessionId, caller, ct);
        var answer = await kernel.Process.AskAsync(new JsonObject { ["op"] = "packages" }, TimeSpan.FromSeconds(30), ct);
        return new PackagesResponse(kernel.Id, answer?["python"]?.GetValue<string>(), PythonPackage.ListOf(answer));
    }
}
