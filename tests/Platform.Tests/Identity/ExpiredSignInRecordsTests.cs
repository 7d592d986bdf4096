using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Features.Identity;

namespace Platform.Tests.Identity;

public sealed class ExpiredSignInRecordsTests
{
    [Fact]
    public async Task The_sweep_deletes_failed_sign_ins_past_their_retention_and_keeps_live_tokens()
    {
        await using var factory = await new PlatformFactory().With("Platform:Auth:FailedSignInRetention", "00:00:00").StartAsync();
        var person = await Person.RegisterAsync(factory);
        var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = TestUsers.NewEmail(), password = "not anyone's" })).ProblemAsync(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = person.Email })).EnsureSuccessStatusCode();

        async Task<long> CountAsync(string table)
        {
            await using var connection = new NpgsqlConnection(factory.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"select count(*) from platform.{table}", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        Assert.Equal(1, await CountAsync("mt_doc_failedsignin"));
        Assert.Equal(1, await CountAsync("mt_doc_passwordresettoken"));

        await factory.Services.GetRequiredService<ExpiredSignInRecords>().SweepAsync(CancellationToken.None);

        Assert.Equal(0, await CountAsync("mt_doc_failedsignin"));
        Assert.Equal(1, await CountAsync("mt_doc_passwordresettoken"));
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = person.Auth.RefreshToken })).JsonAsync();
    }
}
