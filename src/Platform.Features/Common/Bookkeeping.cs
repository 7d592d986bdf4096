namespace Platform.Features.Common;

/// <summary>
/// A document the platform writes for its own bookkeeping (leases, counters, kept responses, keys): writing it is
/// not something a person did, so it is not an audit event.
/// </summary>
public interface IBookkeeping;

/// <summary>An event or document recording a failed attempt (a wrong password, a reused token): its audit entry's outcome is failure.</summary>
public interface IFailedAttempt;
