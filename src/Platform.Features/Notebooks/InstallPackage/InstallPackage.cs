using System.IO.Compression;
using System.Text.RegularExpressions;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

/// <param name="Version">A version of the package; the newest wheel in the folder when left out.</param>
public sealed record InstallPackage(Guid SessionId, string Name, string? Version) : IRequest<InstalledPackage>;

public sealed record InstalledPackage(Guid SessionId, string Name, string Version, string Wheel);

public sealed partial class InstallPackageValidator : AbstractValidator<InstallPackage>
{
    public InstallPackageValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Matches(PackageName()).WithMessage("'name' must be a Python distribution name (letters, digits, '.', '_', '-').");
        RuleFor(x => x.Version).MaximumLength(50).Matches(PackageName()).When(x => x.Version is not null).WithMessage("'version' must be a version such as 1.2.0.");
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9._+-]*[A-Za-z0-9])?$")]
    private static partial Regex PackageName();
}

/// <summary>
/// Installs a pure-Python wheel from <see cref="NotebookOptions.WheelFolder"/> into the session (its scratch
/// <c>.packages</c>, on the kernel's import path). There is no package index: without a wheel folder this is a 503.
/// </summary>
public sealed class InstallPackageHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels, IOptions<NotebookOptions> options)
    : IRequestHandler<InstallPackage, InstalledPackage>
{
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public async ValueTask<InstalledPackage> Handle(InstallPackage request, CancellationToken ct)
    {
        var kernel = await session.RequireSessionAsync(kernels, request.SessionId, caller, ct);
        var folder = options.Value.WheelFolder;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "No package source",
                "Packages install only from a local folder of wheels (Platform:Notebooks:WheelFolder), and none is configured; this service reaches no package index.");
        var wanted = Normalize(request.Name);
        var wheels = Directory.GetFiles(folder, "*.whl")
            .Select(path => (Path: path, Parts: Path.GetFileNameWithoutExtension(path).Split('-')))
            .Where(w => w.Parts.Length >= 5 && Normalize(w.Parts[0]) == wanted && (request.Version is null || w.Parts[1] == request.Version))
            .OrderByDescending(w => Version.TryParse(w.Parts[1], out var v) ? v : new Version(0, 0))
            .ToList();
        if (wheels.Count == 0)
            throw new ProblemException(StatusCodes.Status404NotFound, "Package not found", $"The wheel folder has no {request.Name}{(request.Version is null ? "" : " " + request.Version)}.");
        var (wheel, parts) = wheels[0];
        if (parts[^2] != "none" || parts[^1] != "any")
            throw new ProblemException(StatusCodes.Status400BadRequest, "Not a pure-Python wheel", $"{Path.GetFileName(wheel)} is built for one platform; only pure-Python (none-any) wheels install here.");
        await Task.Run(() => Unpack(wheel, Path.Combine(kernel.Folder.Scratch, ".packages")), ct);
        return new InstalledPackage(kernel.Id, parts[0], parts[1], Path.GetFileName(wheel));
    }

    /// <summary>A wheel is a zip laid out as site-packages: its entries are written under the target only, within a size budget.</summary>
    private static void Unpack(string wheel, string target)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException();
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        using var zip = ZipFile.OpenRead(wheel);
        if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            throw new ProblemException(StatusCodes.Status413PayloadTooLarge, "Package too large", $"The wheel unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MB.");
        foreach (var entry in zip.Entries)
        {
            var path = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!path.StartsWith(root, StringComparison.Ordinal))
                throw new ProblemException(StatusCodes.Status400BadRequest, "Unsafe wheel", $"The wheel's entry {entry.FullName} points outside its folder.");
            if (entry.FullName.EndsWith('/')) continue;
            for (var dir = Path.GetDirectoryName(path)!; dir.Length >= root.Length && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!)
                Directory.CreateDirectory(dir, Sandbox.Readable);
            entry.ExtractToFile(path, overwrite: true);
            File.SetUnixFileMode(path, Sandbox.ReadableFile);
        }
    }

    private static string Normalize(string name) => Regex.Replace(name, "[-_.]+", "_").ToLowerInvariant();
}
