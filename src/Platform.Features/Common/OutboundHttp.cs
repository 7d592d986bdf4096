using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace Platform.Features.Common;

/// <summary>
/// HTTP calls to addresses people give (a provider's base URL, a webhook): loopback, private, link-local and other
/// internal addresses are refused unless their host is listed in <c>Platform:Outbound:AllowedHosts</c>. The check is
/// made on the address actually connected to, so a name that resolves inward (or re-resolves) is refused too.
/// </summary>
public sealed class OutboundHttp
{
    private readonly HashSet<string> _allowedHosts;

    public OutboundHttp(IConfiguration configuration) : this(configuration, [])
    {
    }

    /// <param name="moreAllowedHosts">Configuration keys of further lists, for an area's own calls (automations' steps).</param>
    public OutboundHttp(IConfiguration configuration, IEnumerable<string> moreAllowedHosts)
    {
        _allowedHosts = new HashSet<string>(new[] { "Platform:Outbound:AllowedHosts" }.Concat(moreAllowedHosts)
            .SelectMany(key => configuration.GetSection(key).Get<string[]>() ?? []), StringComparer.OrdinalIgnoreCase);
        Client = new HttpClient(NewHandler(), disposeHandler: true);
    }

    /// <summary>A handler that checks every connection as <see cref="Client"/> does, for an HTTP client built elsewhere (with a resilience pipeline).</summary>
    public SocketsHttpHandler NewHandler() => new()
    {
        ConnectCallback = ConnectAsync,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>One client for every outbound call: connections pooled, redirects not followed (each hop would need the check).</summary>
    public HttpClient Client { get; }

    /// <summary>Why a URL cannot be called, when that is known without connecting (a literal internal address, a bad scheme); null otherwise.</summary>
    public string? Refusal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return "it must be an absolute http or https URL";
        if (_allowedHosts.Contains(uri.IdnHost)) return null;
        if (uri.IsLoopback) return $"{uri.Host} is this server itself";
        return IPAddress.TryParse(uri.IdnHost, out var address) && IsInternal(address) ? $"{uri.Host} is an internal address" : null;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var permitted = _allowedHosts.Contains(host) ? addresses : addresses.Where(a => !IsInternal(a)).ToArray();
        if (permitted.Length == 0)
            throw new HttpRequestException($"Refused to connect to {host}: it resolves to an internal address. An operator may list it in Platform:Outbound:AllowedHosts.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static readonly IPNetwork[] InternalNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/127"), IPNetwork.Parse("64:ff9b:1::/48"), IPNetwork.Parse("2001:db8::/32"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>Loopback, private, shared, link-local (cloud metadata), documentation, multicast and reserved addresses.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return InternalNetworks.Any(n => n.Contains(address));
    }
}
