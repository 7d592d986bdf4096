using System.Security.Cryptography;
using System.Text;
using Marten;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Compliance;

/// <summary>
/// Erases a person in one transaction: every area deletes what they made (<see cref="IPersonalData"/>), the account
/// handover moves them out of shared rooms and organisations (what they owned there passes to a super_admin, as when
/// an account is deleted), and their address, wherever a record still names it, becomes a pseudonym derived from
/// the account's id — the id the audit trail keeps. Files go once the transaction has committed.
/// </summary>
public sealed class PersonalDataErasure(
    IDocumentSession session, IDocumentStore store, IEnumerable<IPersonalData> areas, IEnumerable<IAccountHandover> handovers)
{
    public static string PseudonymOf(Guid userId) =>
        $"erased-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId.ToString())))[..12]}@erased.invalid";

    /// <returns>The pseudonym now standing for the person.</returns>
    public async Task<string> EraseAsync(User user, CancellationToken ct)
    {
        var successor = await session.LongestStandingSuperAdminAsync(leaving: user.Id, ct)
            ?? throw ProblemException.Conflict("The only active super_admin cannot be erased: make another account super_admin first.");
        var pseudonym = PseudonymOf(user.Id);
        var erasure = new Erasure(user.Id);
        foreach (var area in areas) await area.EraseAsync(session, erasure, ct);
        var handover = new AccountHandover(user.Id, successor.Id, successor.Email, Erasing: true);
        foreach (var area in handovers) await area.HandOverAsync(session, handover, ct);

        // Whatever still names the address (room invitations and membership history, organisation rosters).
        var named = $"\"{user.Email}\"";
        if (!user.Email.Contains('"') && !user.Email.Contains('\\'))
            foreach (var table in await TablesNamingPeopleAsync(ct))
                session.QueueSqlCommand(
                    $"update {PostgresServer.Schema}.{table} set data = replace(data::text, ?, ?)::jsonb where strpos(data::text, ?) > 0",
                    named, $"\"{pseudonym}\"", named);
        await session.SaveChangesAsync(ct);
        erasure.Committed();
        return pseudonym;
    }

    /// <summary>Every record table but the audit trail, whose entries name accounts by id only (and whose hash chain must hold).</summary>
    private async Task<List<string>> TablesNamingPeopleAsync(CancellationToken ct)
    {
        await using var connection = await ((Weasel.Postgresql.PostgresqlDatabase)store.Storage.Database).DataSource.OpenConnectionAsync(ct);
        return (await PersonalDataArchive.RecordTablesAsync(connection, ct)).Where(t => t != "mt_doc_auditentry").ToList();
    }
}
