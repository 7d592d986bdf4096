using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Platform.Tests.Audit;

/// <summary>The audit trail: written with each change, readable by the right people, exported safely, and tamper-evident.</summary>
public sealed class AuditTrailTests(PlatformFactory factory) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private readonly PlatformFactory _factory = factory;
    private HttpClient _admin = null!;

    public async Task InitializeAsync() => _admin = _factory.CreateClient((await _factory.AdminAsync()).AccessToken);

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    private async Task<List<JsonElement>> EntriesAsync(string query = "") =>
        (await (await _admin.GetAsync($"/api/admin/audit?limit=200{query}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_change_is_recorded_with_who_what_and_from_where_and_a_refused_one_is_not()
    {
        var person = await Person.RegisterAsync(_factory);
        person.Client.DefaultRequestHeaders.UserAgent.ParseAdd("audit-test/1.0");
        var room = await person.CreateRoomAsync("Audited room");
        await (await person.Client.PostAsJsonAsync("/api/rooms", new { name = "" })).ProblemAsync(HttpStatusCode.BadRequest);

        var entries = await EntriesAsync($"&actorId={person.Id}");
        var created = Assert.Single(entries, e => e.GetProperty("action").GetString() == "CreateRoom");
        Assert.Equal($"Room/{room}", created.GetProperty("target").GetString());
        Assert.Equal("success", created.GetProperty("outcome").GetString());
        Assert.Equal("audit-test/1.0", created.GetProperty("userAgent").GetString());
        Assert.False(string.IsNullOrEmpty(created.GetProperty("clientAddress").GetString()));
        Assert.DoesNotContain(entries, e => e.GetProperty("action").GetString() == "CreateRoom" && e.GetProperty("target").GetString() != $"Room/{room}");
    }

    [Fact]
    public async Task Sign_ins_and_failed_sign_ins_are_security_events()
    {
        var person = await Person.RegisterAsync(_factory);
        using var anonymous = _factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = "not the password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = TestUsers.Password })).EnsureStatus(HttpStatusCode.OK);

        var logins = (await EntriesAsync("&action=Login")).Where(e => e.GetProperty("changes").EnumerateArray().Any(c => c.GetString()!.EndsWith($"@{person.Id}"))).ToList();
        Assert.Contains(logins, e => e.GetProperty("outcome").GetString() == "failure" && e.GetProperty("changes")[0].GetString()!.StartsWith("LoginFailed"));
        Assert.Contains(logins, e => e.GetProperty("outcome").GetString() == "success");
        var failures = await EntriesAsync("&outcome=failure&action=Login");
        Assert.All(failures, e => Assert.Equal("failure", e.GetProperty("outcome").GetString()));

        // An address no account has is recorded too, without saying whether the account exists.
        var nobody = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = TestUsers.NewEmail(), password = "guessing" });
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        var afterGuess = await EntriesAsync("&outcome=failure&action=Login");
        Assert.Equal(failures.Count + 1, afterGuess.Count);
        Assert.StartsWith("FailedSignIn/", afterGuess[0].GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, afterGuess[0].GetProperty("actorId").ValueKind);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var person = await Person.RegisterAsync(_factory);
        var before = (await EntriesAsync($"&actorId={person.Id}")).Count;
        Assert.Contains(await EntriesAsync($"&actorId={person.Id}"), e => e.GetProperty("action").GetString() == "Register");
        for (var i = 0; i < 7; i++) await person.CreateRoomAsync($"Paged {i}");

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await _admin.GetAsync($"/api/admin/audit?actorId={person.Id}&limit=3{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Id()));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);

        Assert.Equal(before + 7, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        await (await _admin.GetAsync("/api/admin/audit?cursor=yesterday")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await _admin.GetAsync("/api/admin/audit?limit=201")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await _admin.GetAsync("/api/admin/audit?outcome=maybe")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_organisations_admins_read_its_entries_only_and_others_are_refused()
    {
        var owner = await Person.RegisterAsync(_factory);
        var member = await Person.RegisterAsync(_factory);
        var outsider = await Person.RegisterAsync(_factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Audited org" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email, role = "member" })).EnsureStatus(HttpStatusCode.Created);
        await owner.CreateRoomAsync("Not the organisation's");

        var theirs = (await (await owner.Client.GetAsync($"/api/admin/audit?organizationId={organization}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(theirs, e => e.GetProperty("action").GetString() == "AddOrganizationMember");
        Assert.All(theirs, e => Assert.Equal(organization, e.GetProperty("organizationId").GetGuid()));

        await (await owner.Client.GetAsync("/api/admin/audit")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync($"/api/admin/audit?organizationId={organization}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.Client.GetAsync($"/api/admin/audit?organizationId={organization}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.GetAsync($"/api/admin/audit/export?organizationId={organization}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync("/api/admin/audit/verify")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_export_streams_csv_with_formula_cells_escaped_and_ndjson()
    {
        var person = await Person.RegisterAsync(_factory);
        person.Client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "=HYPERLINK(\"http://evil\")");
        await person.CreateRoomAsync("Exported");

        var csv = await _admin.GetAsync($"/api/admin/audit/export?format=csv&actorId={person.Id}");
        await csv.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,at,sequence", lines[0]);
        var row = Assert.Single(lines, l => l.Contains("CreateRoom"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", row);

        var ndjson = await _admin.GetAsync($"/api/admin/audit/export?format=ndjson&actorId={person.Id}");
        var entries = (await ndjson.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "CreateRoom");
        await (await _admin.GetAsync("/api/admin/audit/export?format=xml")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Verification_finds_an_edited_entry_and_a_deleted_one()
    {
        var person = await Person.RegisterAsync(_factory);
        for (var i = 0; i < 3; i++) await person.CreateRoomAsync($"Chained {i}");
        var intact = await (await _admin.GetAsync("/api/admin/audit/verify")).JsonAsync();
        Assert.True(intact.GetProperty("valid").GetBoolean(), intact.ToString());
        Assert.True(intact.GetProperty("checked").GetInt64() >= 4);

        var mine = (await EntriesAsync($"&actorId={person.Id}")).OrderBy(e => e.GetProperty("sequence").GetInt64()).ToList();
        var sequences = mine.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        var originalAction = mine[1].GetProperty("action").GetString();
        await using var db = new NpgsqlConnection(_factory.ConnectionString);
        await db.OpenAsync();
        await using (var edit = new NpgsqlCommand("update platform.mt_doc_auditentry set data = jsonb_set(data, '{action}', '\"DeleteEverything\"') where sequence = @s", db)
                     { Parameters = { new("s", sequences[1]) } })
            Assert.Equal(1, await edit.ExecuteNonQueryAsync());
        var edited = await (await _admin.GetAsync("/api/admin/audit/verify")).JsonAsync();
        Assert.False(edited.GetProperty("valid").GetBoolean());
        Assert.Equal(sequences[1], edited.GetProperty("brokenAt").GetInt64());

        await using (var restore = new NpgsqlCommand("update platform.mt_doc_auditentry set data = jsonb_set(data, '{action}', to_jsonb(@a::text)) where sequence = @s", db)
                     { Parameters = { new("s", sequences[1]), new("a", originalAction!) } })
            await restore.ExecuteNonQueryAsync();
        Assert.True((await (await _admin.GetAsync("/api/admin/audit/verify")).JsonAsync()).GetProperty("valid").GetBoolean());
        await using (var delete = new NpgsqlCommand("delete from platform.mt_doc_auditentry where sequence = @s", db) { Parameters = { new("s", sequences[0]) } })
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        var deleted = await (await _admin.GetAsync("/api/admin/audit/verify")).JsonAsync();
        Assert.False(deleted.GetProperty("valid").GetBoolean());
        Assert.Equal(sequences[0], deleted.GetProperty("brokenAt").GetInt64());
    }
}
