using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api;
using Platform.Tests.Datasets;

namespace Platform.Tests.Common;

/// <summary>How answers leave the service on a real socket.</summary>
public sealed class ResponseWriteTests
{
    [Fact]
    public async Task A_small_json_answer_arrives_whole_in_one_read()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(address.Host, address.Port);
        var buffer = new byte[64 * 1024];

        // Written in two sends (the body, then the chunked body's end), a reader would often see the first alone.
        for (var i = 0; i < 20; i++)
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes($"GET /api/health HTTP/1.1\r\nHost: {address.Authority}\r\n\r\n"));
            var response = Encoding.ASCII.GetString(buffer, 0, await socket.ReceiveAsync(buffer));
            Assert.StartsWith("HTTP/1.1 200 OK", response);
            var (head, body) = (response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)], response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
            if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
                Assert.EndsWith("\r\n0\r\n\r\n", body);
            else
                Assert.Equal(int.Parse(head.Split("\r\n").Single(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))[15..]), body.Length);
            Assert.Contains("\"status\"", body);
        }
    }

    [Fact]
    public async Task A_json_answer_larger_than_what_is_held_streams_whole()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        var person = await Person.RegisterAsync(factory);
        var csv = "id,note\n" + string.Concat(Enumerable.Range(1, 1000).Select(i => $"{i},the note written on row number {i} of the file{new string('.', 200)}\n"));
        var dataset = await (await person.Client.UploadAsync("notes.csv", csv)).JsonAsync(HttpStatusCode.Created);

        // 1,000 rows of JSON, about 250 KB: written and flushed as the serializer goes, not held to the end.
        var query = person.Client.PostAsJsonAsync("/api/query/sql", new { datasetId = dataset.Id(), sql = $"select * from {dataset.GetProperty("tableName").GetString()}", limit = 1000 });
        var answer = await (await query.WaitAsync(TimeSpan.FromSeconds(60))).JsonAsync();

        Assert.Equal(1000, answer.GetProperty("rows").GetArrayLength());
        Assert.True(answer.GetRawText().Length > 2 * SingleWriteResponses.HeldBytes, $"The answer was {answer.GetRawText().Length} characters.");
    }
}
